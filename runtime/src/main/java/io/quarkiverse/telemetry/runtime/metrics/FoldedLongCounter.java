package io.quarkiverse.telemetry.runtime.metrics;

import java.util.concurrent.atomic.LongAdder;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundLongCounter;

/**
 * A bound counter that sums into its own {@link LongAdder} and delivers the sum at each fold; see
 * {@link BoundInstruments}. Only positive increments are summed: zero and negative ones go to the counter at once, so
 * the SDK treats them as it treats unbound ones (a zero starts the series, a negative one is refused with its warning).
 * {@link LongAdder#sumThenReset()} takes each cell with {@code getAndSet} (since Java 9), so no increment is lost to a
 * concurrent fold.
 */
final class FoldedLongCounter implements BoundLongCounter, BoundInstruments.Folded {

    private final LongCounter counter;
    private final Attributes attributes;
    private final LongAdder sum = new LongAdder();

    FoldedLongCounter(LongCounter counter, Attributes attributes) {
        this.counter = counter;
        this.attributes = attributes;
    }

    @Override
    public void add(long value) {
        if (value > 0) {
            sum.add(value);
        } else {
            counter.add(value, attributes);
        }
    }

    @Override
    public void add(long value, Context context) {
        counter.add(value, attributes, context);
    }

    @Override
    public void fold() {
        long delta = sum.sumThenReset();
        if (delta != 0) {
            // The root context: the collecting thread's own (a scrape request's span) must not become an exemplar.
            counter.add(delta, attributes, Context.root());
        }
    }
}
