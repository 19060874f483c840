package io.quarkiverse.telemetry;

import java.util.Objects;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;

/**
 * Immutable options of a span started by {@link TelemetryService#startActiveSpan(String, SpanOptions, SpanWork)}: its
 * kind and the attributes it starts with (attributes known at start take part in sampling decisions).
 *
 * <pre>
 * SpanOptions.builder().kind(SpanKind.CLIENT).attribute("catalog.location", url).build();
 * </pre>
 */
public final class SpanOptions {

    /** An {@link SpanKind#INTERNAL internal} span without attributes. */
    public static final SpanOptions DEFAULT = builder().build();

    private final SpanKind kind;
    private final Attributes attributes;

    private SpanOptions(SpanKind kind, Attributes attributes) {
        this.kind = kind;
        this.attributes = attributes;
    }

    /** A builder of an internal span without attributes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The span kind. */
    public SpanKind kind() {
        return kind;
    }

    /** The attributes the span starts with. */
    public Attributes attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpanOptions other && kind == other.kind && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, attributes);
    }

    @Override
    public String toString() {
        return "SpanOptions{kind=" + kind + ", attributes=" + attributes + "}";
    }

    /** Builds {@link SpanOptions}. */
    public static final class Builder {

        private SpanKind kind = SpanKind.INTERNAL;
        private final AttributesBuilder attributes = Attributes.builder();

        private Builder() {
        }

        /** The span kind: {@code SERVER}, {@code CLIENT}, {@code PRODUCER}, {@code CONSUMER} or {@code INTERNAL}. */
        public Builder kind(SpanKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /** Adds an attribute. */
        public <T> Builder attribute(AttributeKey<T> key, T value) {
            attributes.put(key, value);
            return this;
        }

        /** Adds a string attribute. */
        public Builder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        /** Adds all the given attributes. */
        public Builder attributes(Attributes attributes) {
            this.attributes.putAll(attributes);
            return this;
        }

        public SpanOptions build() {
            return new SpanOptions(kind, attributes.build());
        }
    }
}
