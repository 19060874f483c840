package io.quarkiverse.telemetry.deployment.config;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Build-time defaults for quarkus-opentelemetry that make the zero-configuration experience work: OpenTelemetry
 * metrics on (they are off by default and fixed at build time), and no OTLP exporter that would log a connection
 * error every interval when no collector runs. Metrics are served at {@code /q/metrics} instead. Any value the
 * application sets wins: the ordinal is below every standard source (as quarkus-micrometer-opentelemetry does).
 */
public class TelemetryConfigDefaults implements SmallRyeConfigBuilderCustomizer {

    static final Map<String, String> BUILD_TIME_DEFAULTS = Map.of(
            "quarkus.otel.metrics.enabled", "true",
            "quarkus.otel.metrics.exporter", "none",
            "quarkus.otel.traces.exporter", "none");

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        builder.withSources(new PropertiesConfigSource(BUILD_TIME_DEFAULTS, "quarkus-telemetry-defaults", 1));
    }
}
