package io.quarkiverse.telemetry.it;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;

/**
 * The demo's metrics as the OpenTelemetry SDK holds them, with what a scrape does not show (the unit as written):
 * quarkus-telemetry registers every {@code MetricReader} bean.
 */
@Singleton
public class SdkMetrics implements MetricReader {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();

    /** Everything recorded so far, cumulative. */
    public Collection<MetricData> collect() {
        return reader.collectAllMetrics();
    }

    @Override
    public void register(CollectionRegistration registration) {
        reader.register(registration);
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return reader.getAggregationTemporality(instrumentType);
    }

    @Override
    public CompletableResultCode forceFlush() {
        return reader.forceFlush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return reader.shutdown();
    }
}
