package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.Meter;
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
}
