package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/**
 * A {@link LongHistogram} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundLongHistogram extends LateBound<LongHistogram> implements LongHistogram {

    LateBoundLongHistogram(String name, Function<Meter, LongHistogram> factory) {
        super(name, factory);
    }

    @Override
    public void record(long value) {
        record(value, Attributes.empty());
    }

    @Override
    public void record(long value, Attributes attributes) {
        LongHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes);
        } else {
            defer(i -> i.record(value, attributes));
        }
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
