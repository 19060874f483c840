package io.quarkiverse.telemetry;

import io.opentelemetry.context.Context;

/**
 * An up-down counter's measurements for one attribute set fixed in advance, from
 * {@link TelemetryService#bind(io.opentelemetry.api.metrics.DoubleUpDownCounter, io.opentelemetry.api.common.Attributes)}. Its
 * shape is that of OpenTelemetry's incubating {@code io.opentelemetry.api.incubator.metrics.BoundDoubleUpDownCounter}; see
 * {@link BoundLongCounter}.
 */
public interface BoundDoubleUpDownCounter {

    /** Records with the bound attributes; takes no exemplar from the current span. */
    void add(double value);

    /** Records with the bound attributes and an explicit context, whose sampled span may become an exemplar. */
    void add(double value, Context context);
}
