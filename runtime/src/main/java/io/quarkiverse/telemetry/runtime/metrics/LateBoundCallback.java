package io.quarkiverse.telemetry.runtime.metrics;

import java.util.function.Function;

import org.jboss.logging.Logger;

import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleCounter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleUpDownCounter;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;

/**
 * A callback registered before the SDK started: registered with the SDK when it binds, unless closed before. Callbacks
 * only run at collection, so nothing is lost meanwhile.
 */
final class LateBoundCallback implements Bindable, ObservableLongCounter, ObservableDoubleCounter,
        ObservableLongUpDownCounter, ObservableDoubleUpDownCounter, ObservableLongGauge, ObservableDoubleGauge,
        BatchCallback {

    private static final Logger LOG = Logger.getLogger(LateBoundCallback.class);

    private final Function<Meter, AutoCloseable> factory;
    private AutoCloseable registration;
    private boolean closed;

    LateBoundCallback(Function<Meter, AutoCloseable> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized void bind(Meter meter) {
        if (!closed) {
            registration = factory.apply(meter);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (registration != null) {
            try {
                registration.close();
            } catch (Exception e) {
                LOG.debug("Closing an instrument callback failed", e);
            }
        }
    }
}
