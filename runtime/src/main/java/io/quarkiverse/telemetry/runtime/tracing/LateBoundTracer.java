package io.quarkiverse.telemetry.runtime.tracing;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * A {@link Tracer} usable before the OpenTelemetry SDK exists. Spans started before {@link #bind(TracerProvider)} are
 * non-recording (nothing could export them); afterwards every span comes from the SDK's tracer.
 */
public final class LateBoundTracer implements Tracer {

    private final String scopeName;
    private volatile Tracer real = TracerProvider.noop().get("unbound");

    /** @param scopeName the instrumentation scope of the spans */
    public LateBoundTracer(String scopeName) {
        this.scopeName = scopeName;
    }

    /** Takes this tracer's scope from the SDK. */
    public void bind(TracerProvider tracerProvider) {
        real = tracerProvider.get(scopeName);
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
        return real.spanBuilder(spanName);
    }
}
