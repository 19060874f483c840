package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleUpDownCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.context.Context;

/**
 * A {@link LongUpDownCounter} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is
 * not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundLongUpDownCounter extends LateBound<LongUpDownCounter> implements LongUpDownCounter {

    LateBoundLongUpDownCounter(String name, Function<Meter, LongUpDownCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(long value) {
        add(value, Attributes.empty());
    }

    @Override
    public void add(long value, Attributes attributes) {
        LongUpDownCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes);
        } else {
            defer(i -> i.add(value, attributes));
        }
    }

    @Override
    public void add(long value, Attributes attributes, Context context) {
        LongUpDownCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes, context);
        } else {
            defer(i -> i.add(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundLongUpDownCounterBuilder extends LateBoundInstrumentBuilder<LateBoundLongUpDownCounterBuilder>
            implements LongUpDownCounterBuilder {
        LateBoundLongUpDownCounterBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.upDownCounterBuilder(s.name()), s,
                    LongUpDownCounterBuilder::setDescription,
                    LongUpDownCounterBuilder::setUnit);
        }

        @Override
        public DoubleUpDownCounterBuilder ofDoubles() {
            return new LateBoundDoubleUpDownCounter.LateBoundDoubleUpDownCounterBuilder(meter, spec);
        }

        @Override
        public LongUpDownCounter build() {
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
}
