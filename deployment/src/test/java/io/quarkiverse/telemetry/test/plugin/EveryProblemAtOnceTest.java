package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * One build reports an injection point without a plugin and an instrument name requested as two kinds together: the
 * name clash used to appear only on the next build, once the injection point was fixed.
 */
public class EveryProblemAtOnceTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Orphan.class, Counts.class, Times.class))
            .assertException(Failures.failsWith("quarkus-telemetry found 2 problem(s)",
                    "@PluginTelemetry on " + Orphan.class.getName() + " (field telemetry) belongs to no plugin",
                    "Instrument 'inventory.reservations' is requested as"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @ApplicationScoped
    public static class Orphan {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;
    }

    @BackendPlugin("inventory")
    @Singleton
    public static class Counts {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;

        void count() {
            telemetry.createCounter("inventory.reservations").add(1);
        }
    }

    @BackendPlugin("inventory")
    @Singleton
    public static class Times {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;

        void time() {
            telemetry.createHistogram("inventory.reservations").record(1);
        }
    }
}
