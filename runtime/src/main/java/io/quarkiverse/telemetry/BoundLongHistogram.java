package io.quarkiverse.telemetry;

import io.opentelemetry.context.Context;

/**
 * A histogram's measurements for one attribute set fixed in advance, from
 * {@link TelemetryService#bind(io.opentelemetry.api.metrics.LongHistogram, io.opentelemetry.api.common.Attributes)}. Its
 * shape is that of OpenTelemetry's incubating {@code io.opentelemetry.api.incubator.metrics.BoundLongHistogram}; see
 * {@link BoundLongCounter}.
 */
public interface BoundLongHistogram {

    /** Records with the bound attributes at once, as an unbound record does, exemplar from the current span included. */
    void record(long value);

    /** Records with the bound attributes and an explicit context, whose sampled span may become an exemplar. */
    void record(long value, Context context);
}
