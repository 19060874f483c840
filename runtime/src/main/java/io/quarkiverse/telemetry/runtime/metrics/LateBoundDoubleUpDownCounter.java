package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.DoubleUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableDoubleUpDownCounter;
import io.opentelemetry.context.Context;

/**
 * A {@link DoubleUpDownCounter} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is
 * not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundDoubleUpDownCounter extends LateBound<DoubleUpDownCounter> implements DoubleUpDownCounter {

    LateBoundDoubleUpDownCounter(String name, Function<Meter, DoubleUpDownCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(double value) {
        add(value, Attributes.empty());
    }

    @Override
    public void add(double value, Attributes attributes) {
        DoubleUpDownCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes);
        } else {
            defer(i -> i.add(value, attributes));
        }
    }

    @Override
    public void add(double value, Attributes attributes, Context context) {
        DoubleUpDownCounter instrument = real;
        if (instrument != null) {
            instrument.add(value, attributes, context);
        } else {
            defer(i -> i.add(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundDoubleUpDownCounterBuilder
            extends LateBoundInstrumentBuilder<LateBoundDoubleUpDownCounterBuilder>
            implements DoubleUpDownCounterBuilder {
        LateBoundDoubleUpDownCounterBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleUpDownCounterBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.upDownCounterBuilder(s.name()).ofDoubles(), s,
                    DoubleUpDownCounterBuilder::setDescription,
                    DoubleUpDownCounterBuilder::setUnit);
        }

        @Override
        public DoubleUpDownCounter build() {
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
}
