package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
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
}
