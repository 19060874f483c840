package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableMeasurement;

/**
 * An observer for batch callbacks built before the SDK started. Batch callbacks only run once the SDK collects, by
 * which time the observer is bound, so its measurements always reach the real one.
 */
final class LateBoundObserver implements Bindable, ObservableLongMeasurement, ObservableDoubleMeasurement {

    private final Function<Meter, ObservableMeasurement> factory;
    private volatile ObservableMeasurement real;

    LateBoundObserver(Function<Meter, ObservableMeasurement> factory) {
        this.factory = factory;
    }

    @Override
    public void bind(Meter meter) {
        real = factory.apply(meter);
    }

    /** The SDK's observer, for registering a batch callback with the SDK. */
    ObservableMeasurement real() {
        return real;
    }

    @Override
    public void record(long value) {
        ((ObservableLongMeasurement) real).record(value);
    }

    @Override
    public void record(long value, Attributes attributes) {
        ((ObservableLongMeasurement) real).record(value, attributes);
    }

    @Override
    public void record(double value) {
        ((ObservableDoubleMeasurement) real).record(value);
    }

    @Override
    public void record(double value, Attributes attributes) {
        ((ObservableDoubleMeasurement) real).record(value, attributes);
    }
}
