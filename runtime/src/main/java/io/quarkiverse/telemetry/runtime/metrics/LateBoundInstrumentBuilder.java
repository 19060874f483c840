package io.quarkiverse.telemetry.runtime.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableMeasurement;

/**
 * What every builder of {@link LateBoundMeter} shares: the {@link InstrumentSpec} it records, its setters, and the three
 * ways to build. Building hands {@link LateBoundMeter#create} a function that replays the spec on the SDK's matching
 * builder; each builder is nested in the file of the late-bound instrument it builds, as the SDK's are.
 */
abstract class LateBoundInstrumentBuilder<B extends LateBoundInstrumentBuilder<B>> {
    final LateBoundMeter meter;
    InstrumentSpec spec;

    LateBoundInstrumentBuilder(LateBoundMeter meter, InstrumentSpec spec) {
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

    static <B> B describe(B builder, InstrumentSpec spec, BiFunction<B, String, B> setDescription,
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
}
