package io.quarkiverse.telemetry.test.early;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Stands for another extension's static-init recorder that takes the root service from its build item. */
@Recorder
public class EarlyRecorder {

    public void recordAtStaticInit(RuntimeValue<RootTelemetryService> root) {
        TelemetryService early = root.getValue().forPlugin("early");
        LongCounter events = early.createCounter("static.init.events");
        events.add(7);
        // a handle bound before the SDK exists counts at once, into the same series
        early.bind(events, Attributes.empty()).add(4);
    }
}
