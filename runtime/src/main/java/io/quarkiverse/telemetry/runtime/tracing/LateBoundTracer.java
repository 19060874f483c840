package io.quarkiverse.telemetry.runtime.tracing;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * A {@link Tracer} usable before the OpenTelemetry SDK exists. Spans started before {@link #bind(Tracer)} are
 * non-recording (nothing could export them); afterwards every span comes from the SDK's tracer.
 */
public final class LateBoundTracer implements Tracer {

    private volatile Tracer real = TracerProvider.noop().get("unbound");

    /** Starts every further span from the given SDK tracer. */
    public void bind(Tracer sdkTracer) {
        real = sdkTracer;
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
        return real.spanBuilder(spanName);
    }
}
