package io.quarkiverse.telemetry.runtime;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/**
 * Static init: installs the root service and the plugin services the build found. Native-safe by construction: it
 * creates plain objects only (no thread, no socket, no configuration read); the SDK is bound at run-time init.
 */
@Recorder
public class TelemetryStaticInitRecorder {

    public RuntimeValue<RootTelemetryService> createRoot() {
        return new RuntimeValue<>(new DefaultRootTelemetryService());
    }

    public RuntimeValue<TelemetryService> pluginService(RuntimeValue<RootTelemetryService> root, String pluginId) {
        return new RuntimeValue<>(root.getValue().forPlugin(pluginId));
    }
}
