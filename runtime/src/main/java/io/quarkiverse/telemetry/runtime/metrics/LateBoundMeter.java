package io.quarkiverse.telemetry.runtime.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableMeasurement;

/**
 * A {@link Meter} usable before the OpenTelemetry SDK exists. Until {@link #bind(Meter)} it hands out
 * late-bound instruments that keep their measurements; from then on it hands out the SDK's own instruments, so
 * instruments created after start-up cost exactly what the SDK's cost.
 */
public final class LateBoundMeter implements Meter {

    private Meter real;
    private InstrumentAdvice advice = InstrumentAdvice.NONE;
    private List<Bindable> unbound = new ArrayList<>();
    private final BoundInstruments boundInstruments = new BoundInstruments();

    /** Makes every instrument created so far, and every one created from now on, the given SDK meter's. */
    public void bind(Meter sdkMeter) {
        bind(sdkMeter, InstrumentAdvice.NONE);
    }

    /**
     * Makes every instrument created so far, and every one created from now on, the given SDK meter's, built with the
     * advice given for its name.
     */
    public synchronized void bind(Meter sdkMeter, InstrumentAdvice advice) {
        this.advice = advice;
        real = sdkMeter;
        unbound.forEach(instrument -> instrument.bind(real));
        unbound = null;
        boundInstruments.meterBound(sdkMeter);
    }

    /** The bound handles of this meter's instruments, folded into them before each collection. */
    public BoundInstruments boundInstruments() {
        return boundInstruments;
    }

    /** The SDK's instrument if bound, else a late-bound one that becomes it on binding. */
    synchronized <I> I create(InstrumentSpec spec, BiFunction<Meter, InstrumentSpec, I> build,
            Function<Function<Meter, I>, ? extends I> lateBound) {
        // The advice is read when the SDK instrument is built: at binding for the instruments created before.
        Function<Meter, I> factory = meter -> build.apply(meter, advice.applyTo(spec));
        I instrument;
        if (real != null) {
            instrument = factory.apply(real);
        } else {
            instrument = lateBound.apply(factory);
            unbound.add((Bindable) instrument);
        }
        boundInstruments.made(instrument);
        return instrument;
    }

    @Override
    public LongCounterBuilder counterBuilder(String name) {
        return new LateBoundLongCounter.LateBoundLongCounterBuilder(this, InstrumentSpec.named(name));
    }

    @Override
    public LongUpDownCounterBuilder upDownCounterBuilder(String name) {
        return new LateBoundLongUpDownCounter.LateBoundLongUpDownCounterBuilder(this, InstrumentSpec.named(name));
    }

    @Override
    public DoubleHistogramBuilder histogramBuilder(String name) {
        return new LateBoundDoubleHistogram.LateBoundDoubleHistogramBuilder(this, InstrumentSpec.named(name));
    }

    @Override
    public DoubleGaugeBuilder gaugeBuilder(String name) {
        return new LateBoundDoubleGauge.LateBoundDoubleGaugeBuilder(this, InstrumentSpec.named(name));
    }

    @Override
    public BatchCallback batchCallback(Runnable callback, ObservableMeasurement observableMeasurement,
            ObservableMeasurement... additionalMeasurements) {
        return create(InstrumentSpec.named("batch callback"), (meter, spec) -> meter.batchCallback(callback,
                real(observableMeasurement),
                Arrays.stream(additionalMeasurements).map(LateBoundMeter::real).toArray(ObservableMeasurement[]::new)),
                factory -> new LateBoundCallback(factory::apply));
    }

    /** The SDK's observer behind one of ours, which the SDK needs to accept a batch callback. */
    private static ObservableMeasurement real(ObservableMeasurement measurement) {
        return measurement instanceof LateBoundObserver observer ? observer.real() : measurement;
    }

}
