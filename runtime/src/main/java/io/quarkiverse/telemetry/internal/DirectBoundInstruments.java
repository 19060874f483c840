package io.quarkiverse.telemetry.internal;

import java.util.Objects;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundLongCounter;

/**
 * Bound handles that record every measurement through the instrument with the bound attributes: what an unbound
 * measurement does, at its cost. They serve any {@link io.quarkiverse.telemetry.TelemetryService} that has no faster
 * way (the interface's defaults), and instruments this extension cannot fold (not made by the plugin's meter, or
 * beyond the number of folded series a meter keeps).
 */
public final class DirectBoundInstruments {

    private DirectBoundInstruments() {
    }

    /** A handle adding to the counter with the attributes. */
    public static BoundLongCounter bind(LongCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new BoundLongCounter() {
            @Override
            public void add(long value) {
                counter.add(value, attributes);
            }

            @Override
            public void add(long value, Context context) {
                counter.add(value, attributes, context);
            }
        };
    }

    /** A handle adding to the counter with the attributes. */
    public static BoundDoubleCounter bind(DoubleCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new BoundDoubleCounter() {
            @Override
            public void add(double value) {
                counter.add(value, attributes);
            }

            @Override
            public void add(double value, Context context) {
                counter.add(value, attributes, context);
            }
        };
    }

    /** Binding is set-up, not recording: a missing argument fails there, naming it. */
    public static void requireArguments(Object instrument, Attributes attributes) {
        Objects.requireNonNull(instrument, "bind: the instrument is null");
        Objects.requireNonNull(attributes, "bind: the attributes are null (use Attributes.empty() for none)");
    }
}
