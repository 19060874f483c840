package io.quarkiverse.telemetry.runtime.export;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final AtomicBoolean shuttingDown;
    private final AttributeValueLimit limit;
    private volatile CompletableResultCode last;
    private volatile boolean exportedAtShutdown;

    /** @param shuttingDown set once the application stops: the exports from then on are the final one */
    WatchedMetricExporter(MetricExporter delegate, ExportHealth health, AtomicBoolean shuttingDown,
            AttributeValueLimit limit) {
        this.delegate = delegate;
        this.limit = limit;
        this.health = health;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
        long start = System.nanoTime();
        CompletableResultCode result;
        try {
            result = delegate.export(LimitedAttributeValues.of(metrics, limit));
        } catch (RuntimeException e) {
            result = CompletableResultCode.ofExceptionalFailure(e);
        }
        CompletableResultCode done = result;
        last = done;
        exportedAtShutdown |= shuttingDown.get();
        done.whenComplete(() -> health.exported(done.isSuccess(), done.getFailureThrowable(),
                Duration.ofNanos(System.nanoTime() - start)));
        return done;
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    /** Called by the reader after its final export, which it has waited for. */
    @Override
    public CompletableResultCode shutdown() {
        CompletableResultCode finalExport = last;
        if (shuttingDown.get()) {
            health.finalExport(exportedAtShutdown, finalExport != null && finalExport.isDone(),
                    finalExport != null && finalExport.isSuccess(),
                    finalExport == null ? null : finalExport.getFailureThrowable());
        }
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
