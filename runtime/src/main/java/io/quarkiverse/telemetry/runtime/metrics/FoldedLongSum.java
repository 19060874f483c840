package io.quarkiverse.telemetry.runtime.metrics;

import java.util.concurrent.atomic.LongAdder;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;
import io.quarkiverse.telemetry.internal.DirectBoundInstruments.LongSink;

/**
 * A bound counter or up-down counter of longs that sums into its own {@link LongAdder} and delivers the sum at each
 * fold; see {@link BoundInstruments}.
 * <ul>
 * <li>A counter sums only positive increments: zero and negative ones go to the counter at once, so the SDK treats them
 * as it treats unbound ones (a zero starts the series, a negative one is refused with its warning).</li>
 * <li>An up-down counter's adds since the last fold are delivered even when they sum to zero, so a delta export has the
 * series' zero point as it would unbound.</li>
 * <li>{@link LongAdder#sumThenReset()} takes each cell with {@code getAndSet} (since Java 9), so no add is lost to a
 * concurrent fold.</li>
 * </ul>
 */
final class FoldedLongSum implements BoundLongCounter, BoundLongUpDownCounter, BoundInstruments.Folded {

    private final LongSink instrument;
    private final boolean monotonic;
    private final Attributes attributes;
    private final LongAdder sum = new LongAdder();
    /** Whether an up-down counter's add reached the cells since the last fold; written only when it changes. */
    private volatile boolean added;

    FoldedLongSum(LongSink instrument, boolean monotonic, Attributes attributes) {
        this.instrument = instrument;
        this.monotonic = monotonic;
        this.attributes = attributes;
    }

    @Override
    public void add(long value) {
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
    public void add(long value, Context context) {
        instrument.record(value, attributes, context);
    }

    @Override
    public void fold() {
        boolean any = added;
        if (any) {
            added = false;
        }
        long delta = sum.sumThenReset();
        if (any || delta != 0) {
            // The root context: the collecting thread's own (a scrape request's span) must not become an exemplar.
            instrument.record(delta, attributes, Context.root());
        }
    }
}
