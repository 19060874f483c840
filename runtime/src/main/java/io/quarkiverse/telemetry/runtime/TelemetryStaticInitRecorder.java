package io.quarkiverse.telemetry.runtime;

import java.util.function.Function;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.arc.SyntheticCreationalContext;
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

    /**
     * Creates the bean of a plugin's (or module's) service from the root bean: the root installed here, or the
     * application's replacement of it.
     */
    public Function<SyntheticCreationalContext<TelemetryService>, TelemetryService> pluginService(String pluginId,
            String moduleId) {
        return context -> {
            RootTelemetryService root = context.getInjectedReference(RootTelemetryService.class);
            return moduleId.isEmpty() ? root.forPlugin(pluginId) : root.forModule(pluginId, moduleId);
        };
    }
}
