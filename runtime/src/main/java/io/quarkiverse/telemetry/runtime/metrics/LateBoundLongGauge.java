package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Consumer;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.LongGaugeBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * A {@link LongGauge} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundLongGauge extends LateBound<LongGauge> implements LongGauge {

    LateBoundLongGauge(String name, Function<Meter, LongGauge> factory) {
        super(name, factory);
    }

    @Override
    public void set(long value) {
        set(value, Attributes.empty());
    }

    @Override
    public void set(long value, Attributes attributes) {
        LongGauge instrument = real;
        if (instrument != null) {
            instrument.set(value, attributes);
        } else {
            defer(i -> i.set(value, attributes));
        }
    }

    @Override
    public void set(long value, Attributes attributes, Context context) {
        LongGauge instrument = real;
        if (instrument != null) {
            instrument.set(value, attributes, context);
        } else {
            defer(i -> i.set(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundLongGaugeBuilder extends LateBoundInstrumentBuilder<LateBoundLongGaugeBuilder>
            implements LongGaugeBuilder {
        LateBoundLongGaugeBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongGaugeBuilder real(Meter m, InstrumentSpec s) {
            return LateBoundInstrumentBuilder.describe(m.gaugeBuilder(s.name()).ofLongs(), s, LongGaugeBuilder::setDescription,
                    LongGaugeBuilder::setUnit);
        }

        @Override
        public LongGauge build() {
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
