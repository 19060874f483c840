package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/** A {@link DoubleGauge} created before the SDK started; see {@link LateBound}. */
final class LateBoundDoubleGauge extends LateBound<DoubleGauge> implements DoubleGauge {

    LateBoundDoubleGauge(String name, Function<Meter, DoubleGauge> factory) {
        super(name, factory);
    }

    @Override
    public void set(double value) {
        set(value, Attributes.empty(), Context.current());
    }

    @Override
    public void set(double value, Attributes attributes) {
        set(value, attributes, Context.current());
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
}
