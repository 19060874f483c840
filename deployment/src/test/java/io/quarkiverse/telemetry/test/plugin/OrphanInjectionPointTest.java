package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** An injection point that belongs to no plugin fails the build, naming its class and member and the fix. */
public class OrphanInjectionPointTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Orphan.class))
            .assertException(e -> {
                String message = Failures.messageOf(e);
                assertTrue(message.contains("@PluginTelemetry on " + Orphan.class.getName()
                        + " (field telemetry) belongs to no plugin"), message);
                assertTrue(message.contains("@BackendPlugin(\"<plugin-id>\")"), message);
                assertTrue(message.contains("@PluginTelemetry(\"<plugin-id>\")"), message);
            });

    @ApplicationScoped
    public static class Orphan {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
