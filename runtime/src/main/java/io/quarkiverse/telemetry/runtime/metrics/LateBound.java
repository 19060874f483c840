package io.quarkiverse.telemetry.runtime.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.opentelemetry.api.metrics.Meter;

/**
 * An instrument created before the SDK started. Until {@link #bind(Meter)} its measurements are kept as operations to
 * replay on the real instrument, so they reach the first collection; afterwards every call goes straight to it.
 * <p>
 * {@link #real} is a plain field so the hot path pays no memory barrier: a thread that still sees {@code null}
 * after binding enters {@link #defer(Consumer)}, which is synchronized and forwards to the real instrument.
 * <p>
 * There is one subclass per instrument kind, not one per value type, so that the call to the real instrument in each
 * is monomorphic and the JIT inlines it.
 *
 * @param <I> the API type of the instrument
 */
abstract class LateBound<I> implements Bindable {

    /** How many measurements one instrument keeps before the SDK starts; beyond, they are counted and reported. */
    static final int MAX_PENDING_MEASUREMENTS = 100_000;

    private static final Logger LOG = Logger.getLogger(LateBound.class);

    private final String name;
    private final Function<Meter, I> factory;
    /** The real instrument once bound. */
    I real;
    private I bound;
    private List<Consumer<I>> pending = new ArrayList<>();
    private long dropped;

    LateBound(String name, Function<Meter, I> factory) {
        this.name = name;
        this.factory = factory;
    }

    /** Applies the operation to the real instrument, or keeps it until there is one. */
    final synchronized void defer(Consumer<I> operation) {
        if (bound != null) {
            operation.accept(bound);
        } else if (pending.size() < MAX_PENDING_MEASUREMENTS) {
            pending.add(operation);
        } else {
            dropped++;
        }
    }

    /** Creates the real instrument from the SDK's meter and replays what was recorded so far. */
    @Override
    public final synchronized void bind(Meter meter) {
        I instrument = factory.apply(meter);
        pending.forEach(operation -> operation.accept(instrument));
        pending = null;
        bound = instrument;
        real = instrument;
        if (dropped > 0) {
            LOG.warnf("Instrument '%s' received %d measurements more than the %d kept before the OpenTelemetry SDK"
                    + " started; those were not recorded", name, dropped, MAX_PENDING_MEASUREMENTS);
        }
    }
}
