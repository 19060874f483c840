package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleCounter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.context.Context;

/**
 * A {@link DoubleCounter} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundDoubleCounter extends LateBound<DoubleCounter> implements DoubleCounter {

    LateBoundDoubleCounter(String name, Function<Meter, DoubleCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(double value) {
        add(value, Attributes.empty());
    }

    @Override
    public void add(double value, Attributes attributes) {
        DoubleCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes);
        } else {
            defer(i -> i.add(value, attributes));
        }
    }

    @Override
    public void add(double value, Attributes attributes, Context context) {
        DoubleCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes, context);
        } else {
            defer(i -> i.add(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundDoubleCounterBuilder extends LateBoundInstrumentBuilder<LateBoundDoubleCounterBuilder>
            implements DoubleCounterBuilder {
        LateBoundDoubleCounterBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleCounterBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.counterBuilder(s.name()).ofDoubles(), s,
                    DoubleCounterBuilder::setDescription,
                    DoubleCounterBuilder::setUnit);
        }

        @Override
        public DoubleCounter build() {
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
}
