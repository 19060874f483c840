package io.quarkiverse.telemetry.runtime.export;

import java.util.Collection;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;

/**
 * A periodic metric exporter whose exports are recorded in its {@link ExportHealth}, and which says at shutdown whether
 * its final export was delivered. Its attribute values are cut to the limit ({@link LimitedAttributeValues}). A failing export
 * loses nothing: temporality is cumulative, so the next export that
 * gets through carries the totals.
 */
final class WatchedMetricExporter implements MetricExporter {

    private final MetricExporter delegate;
    private final ExportHealth health;
    private final AttributeValueLimit limit;

    WatchedMetricExporter(MetricExporter delegate, ExportHealth health, AttributeValueLimit limit) {
        this.delegate = delegate;
        this.health = health;
        this.limit = limit;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
        return health.watch(() -> delegate.export(LimitedAttributeValues.of(metrics, limit)), 0);
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    /** Called by the reader after its final export, which it has waited for. */
    @Override
    public CompletableResultCode shutdown() {
        health.exporterShutdown();
        return delegate.shutdown();
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return delegate.getAggregationTemporality(instrumentType);
    }

    @Override
    public Aggregation getDefaultAggregation(InstrumentType instrumentType) {
        return delegate.getDefaultAggregation(instrumentType);
    }

    @Override
    public MemoryMode getMemoryMode() {
        return delegate.getMemoryMode();
    }

    @Override
    public String toString() {
        return health.exporter();
    }
}
