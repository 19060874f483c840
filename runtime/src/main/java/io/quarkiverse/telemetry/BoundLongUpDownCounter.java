package io.quarkiverse.telemetry;

import io.opentelemetry.context.Context;

/**
 * An up-down counter's measurements for one attribute set fixed in advance, from
 * {@link TelemetryService#bind(io.opentelemetry.api.metrics.LongUpDownCounter, io.opentelemetry.api.common.Attributes)}. Its
 * shape is that of OpenTelemetry's incubating {@code io.opentelemetry.api.incubator.metrics.BoundLongUpDownCounter}; see
 * {@link BoundLongCounter}.
 */
public interface BoundLongUpDownCounter {

    /** Records with the bound attributes; takes no exemplar from the current span. */
    void add(long value);

    /** Records with the bound attributes and an explicit context, whose sampled span may become an exemplar. */
    void add(long value, Context context);
}
