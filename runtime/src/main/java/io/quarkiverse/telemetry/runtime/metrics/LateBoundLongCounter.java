package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * A {@link LongCounter} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundLongCounter extends LateBound<LongCounter> implements LongCounter {

    LateBoundLongCounter(String name, Function<Meter, LongCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(long value) {
        add(value, Attributes.empty());
    }

    @Override
    public void add(long value, Attributes attributes) {
        LongCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes);
        } else {
            defer(i -> i.add(value, attributes));
        }
    }

    @Override
    public void add(long value, Attributes attributes, Context context) {
        LongCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes, context);
        } else {
            defer(i -> i.add(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundLongCounterBuilder extends LateBoundInstrumentBuilder<LateBoundLongCounterBuilder>
            implements LongCounterBuilder {
        LateBoundLongCounterBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongCounterBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.counterBuilder(s.name()), s, LongCounterBuilder::setDescription,
                    LongCounterBuilder::setUnit);
        }

        @Override
        public DoubleCounterBuilder ofDoubles() {
            return new LateBoundDoubleCounter.LateBoundDoubleCounterBuilder(meter, spec);
        }

        @Override
        public LongCounter build() {
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
}
