package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/** A {@link LongUpDownCounter} created before the SDK started; see {@link LateBound}. */
final class LateBoundLongUpDownCounter extends LateBound<LongUpDownCounter> implements LongUpDownCounter {

    LateBoundLongUpDownCounter(String name, Function<Meter, LongUpDownCounter> factory) {
        super(name, factory);
    }

    @Override
    public void add(long value) {
        add(value, Attributes.empty(), Context.current());
    }

    @Override
    public void add(long value, Attributes attributes) {
        add(value, attributes, Context.current());
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
}
