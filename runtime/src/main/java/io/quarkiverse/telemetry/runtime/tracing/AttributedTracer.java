package io.quarkiverse.telemetry.runtime.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;

/**
 * A tracer whose every span starts with the given attributes, such as the plugin's id: set first, so the sampler sees
 * them and the span's attribute limit never drops them.
 */
public final class AttributedTracer implements Tracer {

    private final Tracer tracer;
    private final Attributes attributes;

    public AttributedTracer(Tracer tracer, Attributes attributes) {
        this.tracer = tracer;
        this.attributes = attributes;
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
        return tracer.spanBuilder(spanName).setAllAttributes(attributes);
    }
}
