package io.quarkiverse.telemetry.runtime.metrics;

import java.util.concurrent.atomic.DoubleAdder;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundDoubleCounter;

/**
 * A bound double counter that sums into its own {@link DoubleAdder}: the double twin of {@link FoldedLongCounter}, whose
 * rules it follows (a NaN, like a zero or a negative value, goes to the counter at once).
 */
final class FoldedDoubleCounter implements BoundDoubleCounter, BoundInstruments.Folded {

    private final DoubleCounter counter;
    private final Attributes attributes;
    private final DoubleAdder sum = new DoubleAdder();

    FoldedDoubleCounter(DoubleCounter counter, Attributes attributes) {
        this.counter = counter;
        this.attributes = attributes;
    }

    @Override
    public void add(double value) {
        if (value > 0) {
            sum.add(value);
        } else {
            counter.add(value, attributes);
        }
    }

    @Override
    public void add(double value, Context context) {
        counter.add(value, attributes, context);
    }

    @Override
    public void fold() {
        double delta = sum.sumThenReset();
        if (delta != 0) {
            // The root context: the collecting thread's own (a scrape request's span) must not become an exemplar.
            counter.add(delta, attributes, Context.root());
        }
    }
}
