package io.quarkiverse.telemetry.runtime.export;

import java.util.function.Consumer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * The meter provider given to a {@code BatchSpanProcessor}, so that the spans it drops because its queue is full
 * ({@code quarkus.otel.bsp.max.queue.size}) count as lost in the exporter's {@link ExportHealth}. The processor reports
 * them only through its own metrics (OpenTelemetry 1.57: a {@code processedSpans} counter with {@code dropped=true}),
 * whose camelCase names fail Prometheus' lint; this provider takes that counter's drops and ignores the rest.
 */
final class SpanQueueDrops implements MeterProvider, MeterBuilder, Meter {

    /** The processor's counter of the spans it processed, and its attribute for those it dropped. */
    static final String PROCESSED_SPANS = "processedSpans";
    static final AttributeKey<Boolean> DROPPED = AttributeKey.booleanKey("dropped");

    private static final Meter NOOP = MeterProvider.noop().get("noop");

    private final DroppedSpans droppedSpans;

    SpanQueueDrops(ExportHealth health) {
        this.droppedSpans = new DroppedSpans(health);
    }

    // MeterProvider, MeterBuilder: every meter is this one

    @Override
    public MeterBuilder meterBuilder(String instrumentationScopeName) {
        return this;
    }

    @Override
    public MeterBuilder setSchemaUrl(String schemaUrl) {
        return this;
    }

    @Override
    public MeterBuilder setInstrumentationVersion(String instrumentationScopeVersion) {
        return this;
    }

    @Override
    public Meter build() {
        return this;
    }

    // Meter: the processed-spans counter is this one, every other instrument a no-op

    @Override
    public LongCounterBuilder counterBuilder(String name) {
        return PROCESSED_SPANS.equals(name) ? droppedSpans : NOOP.counterBuilder(name);
    }

    @Override
    public LongUpDownCounterBuilder upDownCounterBuilder(String name) {
        return NOOP.upDownCounterBuilder(name);
    }

    @Override
    public DoubleHistogramBuilder histogramBuilder(String name) {
        return NOOP.histogramBuilder(name);
    }

    @Override
    public DoubleGaugeBuilder gaugeBuilder(String name) {
        return NOOP.gaugeBuilder(name);
    }

    /** The processor's processed-spans counter: what it adds with {@code dropped=true} counts as lost spans. */
    private static final class DroppedSpans implements LongCounterBuilder, LongCounter {

        private final ExportHealth health;

        DroppedSpans(ExportHealth health) {
            this.health = health;
        }

        @Override
        public LongCounterBuilder setDescription(String description) {
            return this;
        }

        @Override
        public LongCounterBuilder setUnit(String unit) {
            return this;
        }

        @Override
        public DoubleCounterBuilder ofDoubles() {
            return NOOP.counterBuilder(PROCESSED_SPANS).ofDoubles();
        }

        @Override
        public LongCounter build() {
            return this;
        }

        @Override
        public ObservableLongCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return NOOP.counterBuilder(PROCESSED_SPANS).buildWithCallback(callback);
        }

        @Override
        public void add(long value) {
        }

        @Override
        public void add(long value, Attributes attributes) {
            if (Boolean.TRUE.equals(attributes.get(DROPPED))) {
                health.dropped(value);
            }
        }

        @Override
        public void add(long value, Attributes attributes, Context context) {
            add(value, attributes);
        }
    }
}
