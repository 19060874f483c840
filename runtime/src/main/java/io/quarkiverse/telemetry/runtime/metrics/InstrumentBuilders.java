package io.quarkiverse.telemetry.runtime.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleCounterBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleGaugeBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleHistogramBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleUpDownCounterBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongCounterBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongGaugeBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongHistogramBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongUpDownCounterBuilder;
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
import io.opentelemetry.api.metrics.ObservableMeasurement;

/**
 * The instrument builders of {@link LateBoundMeter}. Each records an {@link InstrumentSpec}; building hands
 * {@link LateBoundMeter#create} a function that replays the spec on the SDK's matching builder.
 */
final class InstrumentBuilders {

    private InstrumentBuilders() {
    }

    /** What every builder shares: the spec, its setters, and the three ways to build. */
    abstract static class SpecBuilder<B extends SpecBuilder<B>> {
        final LateBoundMeter meter;
        InstrumentSpec spec;

        SpecBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            this.meter = meter;
            this.spec = spec;
        }

        @SuppressWarnings("unchecked")
        public B setDescription(String description) {
            spec = spec.withDescription(description);
            return (B) this;
        }

        @SuppressWarnings("unchecked")
        public B setUnit(String unit) {
            spec = spec.withUnit(unit);
            return (B) this;
        }

        @SuppressWarnings("unchecked")
        B setBucketBoundaries(List<? extends Number> boundaries) {
            spec = spec.withBucketBoundaries(boundaries);
            return (B) this;
        }

        /** The spec as it is now, so that later calls on this builder do not change what was built. */
        <I> I instrument(BiFunction<Meter, InstrumentSpec, I> real, BiFunction<String, Function<Meter, I>, I> late) {
            InstrumentSpec frozen = spec;
            return meter.create(frozen, real, factory -> late.apply(frozen.name(), factory));
        }

        @SuppressWarnings("unchecked")
        <I extends AutoCloseable> I callback(BiFunction<Meter, InstrumentSpec, I> real) {
            return instrument(real, (name, factory) -> (I) new LateBoundCallback(factory::apply));
        }

        @SuppressWarnings("unchecked")
        <M extends ObservableMeasurement> M observer(BiFunction<Meter, InstrumentSpec, M> real) {
            return instrument(real, (name, factory) -> (M) new LateBoundObserver(factory::apply));
        }
    }

    private static <B> B describe(B builder, InstrumentSpec spec, BiFunction<B, String, B> setDescription,
            BiFunction<B, String, B> setUnit) {
        B described = spec.description() == null ? builder : setDescription.apply(builder, spec.description());
        B withUnit = spec.unit() == null ? described : setUnit.apply(described, spec.unit());
        return spec.attributeKeys() == null ? withUnit : keepAttributes(withUnit, attributeKeys(spec.attributeKeys()));
    }

    /** The keys of every attribute type under the given names: the SDK matches a key by name and type. */
    private static List<AttributeKey<?>> attributeKeys(List<String> names) {
        List<AttributeKey<?>> keys = new ArrayList<>();
        for (String name : names) {
            keys.addAll(List.of(AttributeKey.stringKey(name), AttributeKey.booleanKey(name), AttributeKey.longKey(name),
                    AttributeKey.doubleKey(name), AttributeKey.stringArrayKey(name), AttributeKey.booleanArrayKey(name),
                    AttributeKey.longArrayKey(name), AttributeKey.doubleArrayKey(name)));
        }
        return keys;
    }

    /**
     * Advises the SDK to keep only the given attributes. The SDK's builders implement the incubating API; the advice
     * is ignored for an instrument that a view selects.
     */
    private static <B> B keepAttributes(B builder, List<AttributeKey<?>> keys) {
        if (builder instanceof ExtendedLongCounterBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedDoubleCounterBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedLongUpDownCounterBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedDoubleUpDownCounterBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedDoubleHistogramBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedLongHistogramBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedDoubleGaugeBuilder b) {
            b.setAttributesAdvice(keys);
        } else if (builder instanceof ExtendedLongGaugeBuilder b) {
            b.setAttributesAdvice(keys);
        }
        return builder;
    }

    static final class LongCounter extends SpecBuilder<LongCounter> implements LongCounterBuilder {
        LongCounter(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.counterBuilder(s.name()), s, LongCounterBuilder::setDescription,
                    LongCounterBuilder::setUnit);
        }

        @Override
        public DoubleCounterBuilder ofDoubles() {
            return new DoubleCounter(meter, spec);
        }

        @Override
        public io.opentelemetry.api.metrics.LongCounter build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundLongCounter::new);
        }

        @Override
        public ObservableLongCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }

    static final class DoubleCounter extends SpecBuilder<DoubleCounter> implements DoubleCounterBuilder {
        DoubleCounter(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.counterBuilder(s.name()).ofDoubles(), s, DoubleCounterBuilder::setDescription,
                    DoubleCounterBuilder::setUnit);
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleCounter build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundDoubleCounter::new);
        }

        @Override
        public ObservableDoubleCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }

    static final class LongUpDownCounter extends SpecBuilder<LongUpDownCounter> implements LongUpDownCounterBuilder {
        LongUpDownCounter(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.upDownCounterBuilder(s.name()), s, LongUpDownCounterBuilder::setDescription,
                    LongUpDownCounterBuilder::setUnit);
        }

        @Override
        public DoubleUpDownCounterBuilder ofDoubles() {
            return new DoubleUpDownCounter(meter, spec);
        }

        @Override
        public io.opentelemetry.api.metrics.LongUpDownCounter build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundLongUpDownCounter::new);
        }

        @Override
        public ObservableLongUpDownCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }

    static final class DoubleUpDownCounter extends SpecBuilder<DoubleUpDownCounter>
            implements DoubleUpDownCounterBuilder {
        DoubleUpDownCounter(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.upDownCounterBuilder(s.name()).ofDoubles(), s, DoubleUpDownCounterBuilder::setDescription,
                    DoubleUpDownCounterBuilder::setUnit);
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleUpDownCounter build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundDoubleUpDownCounter::new);
        }

        @Override
        public ObservableDoubleUpDownCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }

    static final class DoubleHistogram extends SpecBuilder<DoubleHistogram> implements DoubleHistogramBuilder {
        DoubleHistogram(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleHistogramBuilder real(Meter m, InstrumentSpec s) {
            DoubleHistogramBuilder builder = describe(m.histogramBuilder(s.name()), s,
                    DoubleHistogramBuilder::setDescription, DoubleHistogramBuilder::setUnit);
            return s.bucketBoundaries() == null ? builder
                    : builder.setExplicitBucketBoundariesAdvice(
                            s.bucketBoundaries().stream().map(Number::doubleValue).toList());
        }

        @Override
        public DoubleHistogramBuilder setExplicitBucketBoundariesAdvice(List<Double> bucketBoundaries) {
            return setBucketBoundaries(bucketBoundaries);
        }

        @Override
        public LongHistogramBuilder ofLongs() {
            return new LongHistogram(meter, spec);
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleHistogram build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundDoubleHistogram::new);
        }
    }

    static final class LongHistogram extends SpecBuilder<LongHistogram> implements LongHistogramBuilder {
        LongHistogram(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongHistogramBuilder real(Meter m, InstrumentSpec s) {
            LongHistogramBuilder builder = describe(m.histogramBuilder(s.name()).ofLongs(), s,
                    LongHistogramBuilder::setDescription, LongHistogramBuilder::setUnit);
            return s.bucketBoundaries() == null ? builder
                    : builder.setExplicitBucketBoundariesAdvice(
                            s.bucketBoundaries().stream().map(Number::longValue).distinct().toList());
        }

        @Override
        public LongHistogramBuilder setExplicitBucketBoundariesAdvice(List<Long> bucketBoundaries) {
            return setBucketBoundaries(bucketBoundaries);
        }

        @Override
        public io.opentelemetry.api.metrics.LongHistogram build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundLongHistogram::new);
        }
    }

    static final class DoubleGauge extends SpecBuilder<DoubleGauge> implements DoubleGaugeBuilder {
        DoubleGauge(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleGaugeBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.gaugeBuilder(s.name()), s, DoubleGaugeBuilder::setDescription,
                    DoubleGaugeBuilder::setUnit);
        }

        @Override
        public LongGaugeBuilder ofLongs() {
            return new LongGauge(meter, spec);
        }

        @Override
        public io.opentelemetry.api.metrics.DoubleGauge build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundDoubleGauge::new);
        }

        @Override
        public ObservableDoubleGauge buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableDoubleMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }

    static final class LongGauge extends SpecBuilder<LongGauge> implements LongGaugeBuilder {
        LongGauge(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongGaugeBuilder real(Meter m, InstrumentSpec s) {
            return describe(m.gaugeBuilder(s.name()).ofLongs(), s, LongGaugeBuilder::setDescription,
                    LongGaugeBuilder::setUnit);
        }

        @Override
        public io.opentelemetry.api.metrics.LongGauge build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundLongGauge::new);
        }

        @Override
        public ObservableLongGauge buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
            return callback((m, s) -> real(m, s).buildWithCallback(callback));
        }

        @Override
        public ObservableLongMeasurement buildObserver() {
            return observer((m, s) -> real(m, s).buildObserver());
        }
    }
}
