package io.quarkiverse.telemetry.runtime.metrics;

import java.util.concurrent.atomic.DoubleAdder;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundDoubleUpDownCounter;
import io.quarkiverse.telemetry.internal.DirectBoundInstruments.DoubleSink;

/**
 * A bound counter or up-down counter of doubles that sums into its own {@link DoubleAdder}: the double twin of
 * {@link FoldedLongSum}, whose rules it follows (a counter's NaN, like its zero or negative increments, goes to the
 * counter at once).
 */
final class FoldedDoubleSum implements BoundDoubleCounter, BoundDoubleUpDownCounter, BoundInstruments.Folded {

    private final DoubleSink instrument;
    private final boolean monotonic;
    private final Attributes attributes;
    private final DoubleAdder sum = new DoubleAdder();
    /** Whether an up-down counter's add reached the cells since the last fold; written only when it changes. */
    private volatile boolean added;

    FoldedDoubleSum(DoubleSink instrument, boolean monotonic, Attributes attributes) {
        this.instrument = instrument;
        this.monotonic = monotonic;
        this.attributes = attributes;
    }

    @Override
    public void add(double value) {
        if (monotonic) {
            // a counter's positive adds always leave a sum to deliver: no flag to touch
            if (value > 0) {
                sum.add(value);
            } else {
                instrument.record(value, attributes, Context.current());
            }
        } else {
            if (!added) {
                added = true;
            }
            sum.add(value);
        }
    }

    @Override
    public void add(double value, Context context) {
        instrument.record(value, attributes, context);
    }

    @Override
    public void fold() {
        boolean any = added;
        if (any) {
            added = false;
        }
        double delta = sum.sumThenReset();
        if (any || delta != 0) {
            // The root context: the collecting thread's own (a scrape request's span) must not become an exemplar.
            instrument.record(delta, attributes, Context.root());
        }
    }
}
