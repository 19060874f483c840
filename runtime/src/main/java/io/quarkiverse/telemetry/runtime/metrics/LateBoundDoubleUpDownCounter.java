package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/** A {@link DoubleUpDownCounter} created before the SDK started; see {@link LateBound}. */
final class LateBoundDoubleUpDownCounter extends LateBound<DoubleUpDownCounter> implements DoubleUpDownCounter {

    LateBoundDoubleUpDownCounter(String name, Function<Meter, DoubleUpDownCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(double value) {
        add(value, Attributes.empty(), Context.current());
    }

    @Override
    public void add(double value, Attributes attributes) {
        add(value, attributes, Context.current());
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
}
