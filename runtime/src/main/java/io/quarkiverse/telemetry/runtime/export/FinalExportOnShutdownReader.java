package io.quarkiverse.telemetry.runtime.export;

import java.util.concurrent.atomic.AtomicBoolean;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;

/**
 * A {@link PeriodicMetricReader} that sends one final export at shutdown, not two: quarkus-opentelemetry flushes the
 * meter provider and then shuts it down, and the periodic reader exports on both. Once the application stops, a
 * flush is left to the shutdown that follows it; before, it exports as usual.
 */
final class FinalExportOnShutdownReader implements MetricReader {

    private final PeriodicMetricReader delegate;
    private final AtomicBoolean shuttingDown;

    FinalExportOnShutdownReader(PeriodicMetricReader delegate, AtomicBoolean shuttingDown) {
        this.delegate = delegate;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public void register(CollectionRegistration registration) {
        delegate.register(registration);
    }

    @Override
    public CompletableResultCode forceFlush() {
        return shuttingDown.get() ? CompletableResultCode.ofSuccess() : delegate.forceFlush();
    }

    @Override
    public CompletableResultCode shutdown() {
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
        return delegate.toString();
    }
}
