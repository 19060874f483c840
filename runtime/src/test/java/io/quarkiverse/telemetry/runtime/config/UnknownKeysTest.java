package io.quarkiverse.telemetry.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UnknownKeysTest {

    private final UnknownKeys unknownKeys = new UnknownKeys(List.of("telemetry.enabled",
            "telemetry.metrics.exporters.*.port", "telemetry.metrics.exporters.*.headers.*",
            "telemetry.resource.attributes.*", "telemetry.plugins.*.enabled"), Set.of("catalog"));

    @Test
    void mapKeysQuotedOrNotAndValueMapsWithDottedKeysAreKnown() {
        assertEquals(Set.of(), unknownKeys.in(List.of("telemetry.enabled", "telemetry.metrics.exporters.otlp.port",
                "telemetry.metrics.exporters.\"otlp/backup\".port", "telemetry.metrics.exporters.otlp.headers.x-api-key",
                "telemetry.resource.attributes.deployment.environment",
                "telemetry.resource.attributes.\"deployment.environment\"", "telemetry.plugins.catalog.enabled",
                "telemetry.plugins.\"catalog\".enabled", "quarkus.http.port", "TELEMETRY_ENABLED")));
    }

    @Test
    void misspeltKeysMapsWithoutKeysAndUnknownPluginsAreReportedSorted() {
        assertEquals(List.of("telemetry.enabeld", "telemetry.metrics.exporters.otlp.prot",
                "telemetry.metrics.exporters.port", "telemetry.plugins.catlog.enabled"),
                List.copyOf(unknownKeys.in(List.of("telemetry.plugins.catlog.enabled", "telemetry.enabeld",
                        "telemetry.metrics.exporters.otlp.prot", "telemetry.metrics.exporters.port"))));
    }
}
