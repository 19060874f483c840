package io.quarkiverse.telemetry.runtime.devui;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;

/**
 * The Dev UI's reader of the SDK's metrics (dev mode only): collected when the page asks, cumulative like the scrape,
 * so that it shows the same values. Registered with the SDK as every {@code MetricReader} bean is.
 */
@Singleton
public class LiveMetricsReader implements MetricReader {

    private volatile CollectionRegistration registration;

    @Override
    public void register(CollectionRegistration registration) {
        this.registration = registration;
    }

    /** Every metric the SDK holds now; none before the SDK has started. */
    public Collection<MetricData> collect() {
        CollectionRegistration current = registration;
        return current == null ? List.of() : current.collectAllMetrics();
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode forceFlush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        registration = null;
        return CompletableResultCode.ofSuccess();
    }
}
