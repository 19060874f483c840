package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginIds;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** Invalid plugin ids, on {@code @BackendPlugin} or {@code @PluginTelemetry}, fail the build together, each named. */
public class InvalidPluginIdTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(BadPlugin.class, BadExplicitId.class, WrongType.class))
            .assertException(e -> {
                String message = Failures.messageOf(e);
                assertTrue(message.contains("found 3 problem(s)"), message);
                assertTrue(message.contains("@BackendPlugin(\"Tech_Insights\") on " + BadPlugin.class.getName()
                        + " names an invalid plugin id: a plugin id must match " + PluginIds.PATTERN), message);
                assertTrue(message.contains("@PluginTelemetry(\"-catalog\") on " + BadExplicitId.class.getName()
                        + " (parameter telemetry of constructor) names an invalid plugin id"), message);
                assertTrue(message.contains("@PluginTelemetry on " + WrongType.class.getName()
                        + " (field name) qualifies a java.lang.String, but it only qualifies a TelemetryService"), message);
            });

    @BackendPlugin("Tech_Insights")
    @ApplicationScoped
    public static class BadPlugin {
        @Inject
        @PluginTelemetry
        TelemetryService telemetry;
    }

    @ApplicationScoped
    public static class BadExplicitId {
        @Inject
        public BadExplicitId(@PluginTelemetry("-catalog") TelemetryService telemetry) {
        }
    }

    @BackendPlugin("catalog")
    @ApplicationScoped
    public static class WrongType {
        @Inject
        @PluginTelemetry
        String name;
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
