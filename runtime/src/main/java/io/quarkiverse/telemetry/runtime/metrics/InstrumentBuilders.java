package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.DoubleUpDownCounterBuilder;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongGaugeBuilder;
import io.opentelemetry.api.metrics.LongHistogramBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleCounter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableDoubleUpDownCounter;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;

/**
 * The instrument builders of {@link LateBoundMeter}. Each records an {@link InstrumentSpec}; building hands a function
 * that replays the spec on the SDK's matching builder to {@link LateBoundMeter#create}.
 */
final class InstrumentBuilders {

    private InstrumentBuilders() {
    }

    private static <B> B describe(B builder, InstrumentSpec spec, BiFunction<B, String, B> setDescription,
            BiFunction<B, String, B> setUnit) {
        B described = spec.description() == null ? builder : setDescription.apply(builder, spec.description());
        return spec.unit() == null ? described : setUnit.apply(described, spec.unit());
    }

    static final class LongCounter implements LongCounterBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        LongCounter(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static LongCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.counterBuilder(s.name()), s, LongCounterBuilder::setDescription,
                    LongCounterBuilder::setUnit);
        }

        @Override
        public LongCounterBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public LongCounterBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public DoubleCounterBuilder ofDoubles() {
            return new DoubleCounter(meter, spec);
        }

        @Override
        public io.opentelemetry.api.metrics.LongCounter build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundLongCounter(s.name(), f));
        }

        @Override
        public ObservableLongCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }

    static final class DoubleCounter implements DoubleCounterBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        DoubleCounter(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static DoubleCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.counterBuilder(s.name()).ofDoubles(), s, DoubleCounterBuilder::setDescription, DoubleCounterBuilder::setUnit);
        }

        @Override
        public DoubleCounterBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public DoubleCounterBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleCounter build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundDoubleCounter(s.name(), f));
        }

        @Override
        public ObservableDoubleCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }

    static final class LongUpDownCounter implements LongUpDownCounterBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        LongUpDownCounter(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static LongUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.upDownCounterBuilder(s.name()), s, LongUpDownCounterBuilder::setDescription, LongUpDownCounterBuilder::setUnit);
        }

        @Override
        public LongUpDownCounterBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public LongUpDownCounterBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.LongUpDownCounter build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundLongUpDownCounter(s.name(), f));
        }

        @Override
        public DoubleUpDownCounterBuilder ofDoubles() {
            return new DoubleUpDownCounter(meter, spec);
        }

        @Override
        public ObservableLongUpDownCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }

    static final class DoubleUpDownCounter implements DoubleUpDownCounterBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        DoubleUpDownCounter(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static DoubleUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.upDownCounterBuilder(s.name()).ofDoubles(), s, DoubleUpDownCounterBuilder::setDescription, DoubleUpDownCounterBuilder::setUnit);
        }

        @Override
        public DoubleUpDownCounterBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public DoubleUpDownCounterBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleUpDownCounter build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundDoubleUpDownCounter(s.name(), f));
        }

        @Override
        public ObservableDoubleUpDownCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }

    static final class DoubleHistogram implements DoubleHistogramBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        DoubleHistogram(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static DoubleHistogramBuilder real(Meter m, InstrumentSpec s) {
            return advise(describe(m.histogramBuilder(s.name()), s, DoubleHistogramBuilder::setDescription, DoubleHistogramBuilder::setUnit), s);
        }

        @Override
        public DoubleHistogramBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public DoubleHistogramBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleHistogram build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundDoubleHistogram(s.name(), f));
        }

        @Override
        public LongHistogramBuilder ofLongs() {
            return new LongHistogram(meter, spec);
        }

        @Override
        public DoubleHistogramBuilder setExplicitBucketBoundariesAdvice(List<Double> bucketBoundaries) {
            spec = spec.withBucketBoundaries(bucketBoundaries);
            return this;
        }

        @SuppressWarnings("unchecked")
        private static DoubleHistogramBuilder advise(DoubleHistogramBuilder builder, InstrumentSpec s) {
            return s.bucketBoundaries() == null ? builder
                    : builder.setExplicitBucketBoundariesAdvice((List<Double>) s.bucketBoundaries());
        }
    }

    static final class LongHistogram implements LongHistogramBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        LongHistogram(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static LongHistogramBuilder real(Meter m, InstrumentSpec s) {
            return advise(describe(m.histogramBuilder(s.name()).ofLongs(), s, LongHistogramBuilder::setDescription, LongHistogramBuilder::setUnit), s);
        }

        @Override
        public LongHistogramBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public LongHistogramBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.LongHistogram build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundLongHistogram(s.name(), f));
        }

        @Override
        public LongHistogramBuilder setExplicitBucketBoundariesAdvice(List<Long> bucketBoundaries) {
            spec = spec.withBucketBoundaries(bucketBoundaries);
            return this;
        }

        @SuppressWarnings("unchecked")
        private static LongHistogramBuilder advise(LongHistogramBuilder builder, InstrumentSpec s) {
            return s.bucketBoundaries() == null ? builder
                    : builder.setExplicitBucketBoundariesAdvice((List<Long>) s.bucketBoundaries());
        }
    }

    static final class DoubleGauge implements DoubleGaugeBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        DoubleGauge(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static DoubleGaugeBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.gaugeBuilder(s.name()), s, DoubleGaugeBuilder::setDescription, DoubleGaugeBuilder::setUnit);
        }

        @Override
        public DoubleGaugeBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public DoubleGaugeBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleGauge build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundDoubleGauge(s.name(), f));
        }

        @Override
        public LongGaugeBuilder ofLongs() {
            return new LongGauge(meter, spec);
        }

        @Override
        public ObservableDoubleGauge buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }

    static final class LongGauge implements LongGaugeBuilder {
        private final LateBoundMeter meter;
        private InstrumentSpec spec;

        LongGauge(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        private static LongGaugeBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.gaugeBuilder(s.name()).ofLongs(), s, LongGaugeBuilder::setDescription, LongGaugeBuilder::setUnit);
        }

        @Override
        public LongGaugeBuilder setDescription(String description) {
            spec = spec.withDescription(description);
            return this;
        }

        @Override
        public LongGaugeBuilder setUnit(String unit) {
            spec = spec.withUnit(unit);
            return this;
        }

        @Override
        public io.opentelemetry.api.metrics.LongGauge build() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).build(), f -> new LateBoundLongGauge(s.name(), f));
        }

        @Override
        public ObservableLongGauge buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildWithCallback(callback), f -> new LateBoundCallback(f::apply));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            InstrumentSpec s = spec;
            return meter.create(m -> real(m, s).buildObserver(), f -> new LateBoundObserver(f::apply));
        }
    }
}
