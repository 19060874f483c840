package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.LongGaugeBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.context.Context;

/**
 * A {@link DoubleGauge} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundDoubleGauge extends LateBound<DoubleGauge> implements DoubleGauge {

    LateBoundDoubleGauge(String name, Function<Meter, DoubleGauge> factory) {
        super(name, factory);
    }

    @Override
    public void set(double value) {
        set(value, Attributes.empty());
    }

    @Override
    public void set(double value, Attributes attributes) {
        DoubleGauge instrument = real;
        if (instrument != null) {
            instrument.set(value, attributes);
        } else {
            defer(i -> i.set(value, attributes));
        }
    }

    @Override
    public void set(double value, Attributes attributes, Context context) {
        DoubleGauge instrument = real;
        if (instrument != null) {
            instrument.set(value, attributes, context);
        } else {
            defer(i -> i.set(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundDoubleGaugeBuilder extends LateBoundInstrumentBuilder<LateBoundDoubleGaugeBuilder>
            implements DoubleGaugeBuilder {
        LateBoundDoubleGaugeBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleGaugeBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.gaugeBuilder(s.name()), s, DoubleGaugeBuilder::setDescription,
                    DoubleGaugeBuilder::setUnit);
        }

        @Override
        public LongGaugeBuilder ofLongs() {
            return new LateBoundLongGauge.LateBoundLongGaugeBuilder(meter, spec);
        }

        @Override
        public DoubleGauge build() {
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
}
