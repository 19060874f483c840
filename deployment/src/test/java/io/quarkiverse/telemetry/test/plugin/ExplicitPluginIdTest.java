package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An explicit id needs no {@code @BackendPlugin}, and wins over the one of the class; an {@code Instance} lookup is
 * resolved like a direct injection.
 */
public class ExplicitPluginIdTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Unmarked.class, MarkedOtherwise.class));

    @Singleton
    public static class Unmarked {
        @Inject
        @PluginTelemetry("tech-insights")
        TelemetryService telemetry;
    }

    @BackendPlugin("catalog")
    @Singleton
    public static class MarkedOtherwise {
        @Inject
        @PluginTelemetry("search")
        TelemetryService search;

        @Inject
        @PluginTelemetry
        TelemetryService own;

        @Inject
        @PluginTelemetry
        Instance<TelemetryService> lookedUp;
    }

    @Inject
    Unmarked unmarked;

    @Inject
    MarkedOtherwise marked;

    @Test
    void explicitIdIsUsed() {
        assertEquals("tech-insights", unmarked.telemetry.pluginId());
        assertEquals("search", marked.search.pluginId());
        assertEquals("catalog", marked.own.pluginId());
        assertEquals("catalog", marked.lookedUp.get().pluginId());
    }
}
