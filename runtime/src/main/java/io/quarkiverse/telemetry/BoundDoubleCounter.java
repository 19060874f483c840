package io.quarkiverse.telemetry;

import io.opentelemetry.context.Context;

/**
 * A counter's measurements for one attribute set fixed in advance, from
 * {@link TelemetryService#bind(io.opentelemetry.api.metrics.DoubleCounter, io.opentelemetry.api.common.Attributes)}: the
 * cheap way to count on a hot path. Its shape is that of OpenTelemetry's incubating
 * {@code io.opentelemetry.api.incubator.metrics.BoundDoubleCounter}, so code written against it keeps working when the
 * SDK's own handles back it.
 */
public interface BoundDoubleCounter {

    /**
     * Adds to the bound series. The measurement reaches every reader at its next collection, exactly as an unbound
     * {@code add} would; it takes no exemplar from the current span (use {@link #add(double, Context)} for that).
     *
     * @param value the increment: a counter only grows, so a negative one is refused by the SDK, as an unbound one is
     */
    void add(double value);

    /**
     * Adds to the bound series with an explicit context, whose sampled span may become the series' exemplar. This
     * takes the unbound path: it costs what {@code counter.add(value, attributes, context)} costs.
     */
    void add(double value, Context context);
}
