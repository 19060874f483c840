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
    private final String scopeVersion;
    private volatile Tracer real = TracerProvider.noop().get("unbound");

    public LateBoundTracer(String scopeName, String scopeVersion) {
        this.scopeName = scopeName;
        this.scopeVersion = scopeVersion;
    }

    /** Takes this tracer's scope from the SDK. */
    public void bind(TracerProvider tracerProvider) {
        var builder = tracerProvider.tracerBuilder(scopeName);
        if (scopeVersion != null) {
            builder.setInstrumentationVersion(scopeVersion);
        }
        real = builder.build();
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
        return real.spanBuilder(spanName);
    }
}
