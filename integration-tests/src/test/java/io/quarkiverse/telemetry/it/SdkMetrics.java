package io.quarkiverse.telemetry.it;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;

/**
 * The demo's metrics as the OpenTelemetry SDK holds them, with what a scrape does not show (the unit as written): an
 * in-memory reader, which quarkus-telemetry registers as it registers every {@code MetricReader} bean.
 */
public class SdkMetrics {

    @Produces
    @Singleton
    InMemoryMetricReader reader() {
        return InMemoryMetricReader.create();
    }
}
