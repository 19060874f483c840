package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.plugins."<id>".*} at run time: a disabled plugin's instruments and spans record nothing while the
 * others' do; a plugin's meter (and its modules') takes the configured name and version, which the service reports.
 */
public class PluginSettingsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.enabled", "false")
            .overrideRuntimeConfigKey("telemetry.plugins.scaffolder.meter.name", "scaffolder-backend")
            .overrideRuntimeConfigKey("telemetry.plugins.scaffolder.meter.version", "2.0.1");

    @Inject
    RootTelemetryService root;

    @Test
    void disabledPluginIsSilentAndMeterIsRenamed() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        root.forPlugin("scaffolder").createCounter("scaffolder.tasks").add(2);
        assertFalse(root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan().isRecording());
        assertTrue(root.forPlugin("scaffolder").getTracer().spanBuilder("run").startSpan().isRecording());

        assertEquals("scaffolder-backend", root.forPlugin("scaffolder").meterName());
        assertEquals("scaffolder-backend", root.forModule("scaffolder", "github").meterName());
        assertEquals("backstage-plugin-catalog", root.forPlugin("catalog").meterName());

        String scrape = Scrapes.scrape();
        assertFalse(scrape.contains("catalog_refreshes"), scrape);
        assertTrue(scrape.contains(
                "scaffolder_tasks_total{otel_scope_name=\"scaffolder-backend\",otel_scope_version=\"2.0.1\",} 2.0"),
                scrape);
    }
}
