package io.quarkiverse.telemetry.runtime.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundDoubleUpDownCounter;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;
import io.quarkiverse.telemetry.internal.DirectBoundInstruments;

/**
 * The bound handles of one meter's instruments, and the fold that delivers the counters' and up-down counters'.
 * <p>
 * Why hand-written: OpenTelemetry 1.57 has no bound instruments, and its synchronous storage looks the attributes up
 * in a map and touches a storage-wide {@code AtomicInteger} on every measurement: a counter add with three attributes
 * costs 4 times Micrometer's on one thread and 20 times on two (docs/performance.md). A counter's or up-down counter's
 * handle adds to its own {@link java.util.concurrent.atomic.LongAdder} instead, which is Micrometer's cost. Just before
 * each collection, for every reader, a batch callback on the meter (1.57's {@code SdkMeter.collectAll} runs a meter's
 * callbacks before it collects its synchronous storages) adds each handle's sum since the last fold to its instrument
 * with the bound attributes. So views, temporality, the cardinality limit and overflow apply to a bound measurement
 * exactly as to an unbound one, for every reader, and a shutdown's final collection delivers what is left. A folded
 * measurement gives up its exemplar: the fold runs outside the caller's context. Histograms are not folded (see
 * {@link io.quarkiverse.telemetry.TelemetryService#bind(io.opentelemetry.api.metrics.DoubleHistogram, Attributes)}).
 * <p>
 * Only instruments this meter made are folded, since a callback only runs when its own meter is collected; others,
 * and sets beyond {@value #MAX_FOLDED_HANDLES} per meter (bounding memory where code binds per request), get
 * {@link DirectBoundInstruments}: the unbound path, with the same result.
 */
public final class BoundInstruments {

    /** How many folded handles one meter keeps; further bindings record through the unbound path. */
    static final int MAX_FOLDED_HANDLES = 10_000;

    /** How many instruments one meter remembers as its own, bounding memory where code creates them per request. */
    static final int MAX_REMEMBERED_INSTRUMENTS = 10_000;

    /**
     * The name of the observer the fold callback is registered with: the SDK runs a batch callback only for a meter
     * with an observable measurement. It never records, so it is never exported.
     */
    static final String FOLD_OBSERVER = "quarkus.telemetry.bound.fold";

    private static final Class<?> NOOP_METER = MeterProvider.noop().get("noop").getClass();

    /** The instruments this meter made, by identity: two meters may have instruments equal by descriptor. */
    private final Set<Object> made = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Key, Folded> handles = new HashMap<>();
    /** Copied on write: the fold reads it without a lock, under the SDK's collection lock. */
    private volatile Folded[] folded = new Folded[0];
    private Meter meter;

    /** A handle that delivers its measurements to its instrument when asked. */
    interface Folded {
        void fold();
    }

    private record Key(Object instrument, Attributes attributes) {
    }

    /** Remembers an instrument the meter made, so that it can be folded. */
    synchronized void made(Object instrument) {
        if (made.size() < MAX_REMEMBERED_INSTRUMENTS) {
            made.add(instrument);
        }
    }

    /** Folds from now on into the SDK's meter, whose instruments all the instruments made so far now are. */
    synchronized void meterBound(Meter sdkMeter) {
        meter = sdkMeter;
        if (folded.length > 0) {
            startFolding();
        }
    }

    /** A handle for the counter and attributes: folded if this meter made the counter, else direct. */
    public BoundLongCounter bind(LongCounter counter, Attributes attributes) {
        return handle(counter, attributes, () -> new FoldedLongSum(counter::add, true, attributes),
                () -> DirectBoundInstruments.of(counter, attributes));
    }

    /** A handle for the up-down counter and attributes: folded if this meter made it, else direct. */
    public BoundLongUpDownCounter bind(LongUpDownCounter counter, Attributes attributes) {
        return handle(counter, attributes, () -> new FoldedLongSum(counter::add, false, attributes),
                () -> DirectBoundInstruments.of(counter, attributes));
    }

    /** A handle for the counter and attributes: folded if this meter made the counter, else direct. */
    public BoundDoubleCounter bind(DoubleCounter counter, Attributes attributes) {
        return handle(counter, attributes, () -> new FoldedDoubleSum(counter::add, true, attributes),
                () -> DirectBoundInstruments.of(counter, attributes));
    }

    /** A handle for the up-down counter and attributes: folded if this meter made it, else direct. */
    public BoundDoubleUpDownCounter bind(DoubleUpDownCounter counter, Attributes attributes) {
        return handle(counter, attributes, () -> new FoldedDoubleSum(counter::add, false, attributes),
                () -> DirectBoundInstruments.of(counter, attributes));
    }

    /** The handle bound to the key before, else a new one. */
    @SuppressWarnings("unchecked")
    private synchronized <H> H handle(Object instrument, Attributes attributes, Supplier<? extends H> foldedHandle,
            Supplier<? extends H> direct) {
        DirectBoundInstruments.requireArguments(instrument, attributes);
        Key key = new Key(instrument, attributes);
        Folded existing = handles.get(key);
        if (existing != null) {
            return (H) existing;
        }
        if (!made.contains(instrument) || handles.size() >= MAX_FOLDED_HANDLES || NOOP_METER.isInstance(meter)) {
            // A disabled plugin's meter is a no-op one: so is the direct handle of its no-op instrument.
            return direct.get();
        }
        H handle = foldedHandle.get();
        handles.put(key, (Folded) handle);
        Folded[] grown = Arrays.copyOf(folded, folded.length + 1);
        grown[grown.length - 1] = (Folded) handle;
        folded = grown;
        if (meter != null && grown.length == 1) {
            // the meter's first folded handle: the callback is registered once, when there is something to fold
            startFolding();
        }
        return handle;
    }

    private void startFolding() {
        if (NOOP_METER.isInstance(meter)) {
            return;
        }
        meter.batchCallback(this::fold, meter.gaugeBuilder(FOLD_OBSERVER).buildObserver());
    }

    /** Delivers every handle's measurements since the last fold; the SDK calls it before each collection. */
    void fold() {
        for (Folded handle : folded) {
            handle.fold();
        }
    }
}
