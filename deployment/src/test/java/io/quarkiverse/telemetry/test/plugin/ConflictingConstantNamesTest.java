package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.BackendPluginModule;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A plugin and its module asking for one constant instrument name as two kinds fail the build, naming both
 * requesters; a service injected into a field and one injected into a constructor are both followed.
 */
public class ConflictingConstantNamesTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(RefreshCounter.class, RefreshTimer.class))
            .assertException(Failures.failsWith(
                    "Instrument 'catalog.refreshes' is requested as",
                    "plugin 'catalog' in " + RefreshCounter.class.getName() + ".count",
                    "module 'github' of plugin 'catalog' in " + RefreshTimer.class.getName() + ".<init>",
                    "one name is one instrument of one kind; give one of them another name"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @BackendPlugin("catalog")
    @Singleton
    public static class RefreshCounter {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;

        void count() {
            telemetry.createCounter("catalog.refreshes").add(1);
        }
    }

    @BackendPluginModule(pluginId = "catalog", moduleId = "github")
    @Singleton
    public static class RefreshTimer {
        RefreshTimer(@PluginTelemetry TelemetryService telemetry) {
            telemetry.createHistogram("catalog.refreshes", MetricOptions.builder().unit("s").build());
        }
    }
}
