package io.quarkiverse.telemetry.runtime.metrics;

import io.opentelemetry.api.metrics.Meter;

/** Something created before the SDK started that becomes real when the SDK's meter is known. */
interface Bindable {

    void bind(Meter meter);
}
