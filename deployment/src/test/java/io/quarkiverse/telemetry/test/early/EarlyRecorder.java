package io.quarkiverse.telemetry.test.early;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Stands for another extension's static-init recorder that takes the root service from its build item. */
@Recorder
public class EarlyRecorder {

    public void recordAtStaticInit(RuntimeValue<RootTelemetryService> root) {
        root.getValue().forPlugin("early").createCounter("static.init.events").add(7);
    }
}
