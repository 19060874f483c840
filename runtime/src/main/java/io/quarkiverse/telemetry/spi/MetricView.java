package io.quarkiverse.telemetry.spi;

import java.util.Objects;

import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.View;

/**
 * An OpenTelemetry view with the instruments it applies to. Application beans of this type are registered with the
 * SDK, for example to rename an instrument or change its aggregation:
 *
 * <pre>
 * &#64;Produces
 * &#64;Singleton
 * MetricView secondsBuckets() {
 *     return new MetricView(InstrumentSelector.builder().setName("catalog.processing.duration").build(),
 *             View.builder().setAggregation(Aggregation.explicitBucketHistogram(List.of(0.1, 1.0, 10.0))).build());
 * }
 * </pre>
 *
 * @param selector the instruments the view applies to
 * @param view what it changes
 */
public record MetricView(InstrumentSelector selector, View view) {

    public MetricView {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(view, "view");
    }
}
