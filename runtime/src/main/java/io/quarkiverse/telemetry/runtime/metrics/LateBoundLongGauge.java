package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/** A {@link LongGauge} created before the SDK started; see {@link LateBound}. */
final class LateBoundLongGauge extends LateBound<LongGauge> implements LongGauge {

    LateBoundLongGauge(String name, Function<Meter, LongGauge> factory) {
        super(name, factory);
    }

    @Override
    public void set(long value) {
        set(value, Attributes.empty(), Context.current());
    }

    @Override
    public void set(long value, Attributes attributes) {
        set(value, attributes, Context.current());
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
}
