package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/** A {@link LongHistogram} created before the SDK started; see {@link LateBound}. */
final class LateBoundLongHistogram extends LateBound<LongHistogram> implements LongHistogram {

    LateBoundLongHistogram(String name, Function<Meter, LongHistogram> factory) {
        super(name, factory);
    }

    @Override
    public void record(long value) {
        record(value, Attributes.empty(), Context.current());
    }

    @Override
    public void record(long value, Attributes attributes) {
        record(value, attributes, Context.current());
    }

    @Override
    public void record(long value, Attributes attributes, Context context) {
        LongHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes, context);
        } else {
            defer(i -> i.record(value, attributes, context));
        }
    }
}
