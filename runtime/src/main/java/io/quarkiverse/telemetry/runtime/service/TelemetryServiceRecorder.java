package io.quarkiverse.telemetry.runtime.service;

import java.util.function.Function;

import org.jboss.logging.Logger;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.SyntheticCreationalContext;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/**
 * The services' life: installed at static init, bound to the SDK at run-time init. Static init is native-safe by
 * construction: it creates plain objects only (no thread, no socket, no configuration read), which is why this recorder
 * takes no configuration in its constructor; binding reads it from the beans.
 */
@Recorder
public class TelemetryServiceRecorder {

    private static final Logger LOG = Logger.getLogger(TelemetryServiceRecorder.class);

    /** Static init: the root service, with late-bound meters and tracers. */
    public RuntimeValue<RootTelemetryService> createRoot() {
        return new RuntimeValue<>(new DefaultRootTelemetryService());
    }

    /**
     * Static init: creates the bean of a plugin's (or module's) service from the root bean: the root installed here,
     * or the application's replacement of it.
     */
    public Function<SyntheticCreationalContext<TelemetryService>, TelemetryService> pluginService(String pluginId,
            String moduleId) {
        return context -> {
            RootTelemetryService root = context.getInjectedReference(RootTelemetryService.class);
            return moduleId.isEmpty() ? root.forPlugin(pluginId) : root.forModule(pluginId, moduleId);
        };
    }

    /**
     * Run-time init: builds the SDK (through quarkus-opentelemetry's bean) and makes every instrument created so far
     * real, as {@code telemetry.*} configures it. Without an SDK ({@code quarkus.otel.enabled=false}) or with
     * {@code telemetry.enabled=false} the instruments become OpenTelemetry's no-ops.
     */
    public void bindToSdk(RuntimeValue<RootTelemetryService> root) {
        // First, so that a configuration mistake fails start-up before anything is built.
        TelemetrySettings settings = Arc.container().instance(TelemetrySettings.class).get();
        if (!(root.getValue() instanceof DefaultRootTelemetryService service)) {
            return;
        }
        if (!settings.enabled()) {
            service.bind(OpenTelemetry.noop());
            return;
        }
        try (InstanceHandle<OpenTelemetry> sdk = Arc.container().instance(OpenTelemetry.class)) {
            if (sdk.isAvailable()) {
                TelemetryConfig config = Arc.container().instance(TelemetryConfig.class).get();
                service.bind(sdk.get(), new ConfiguredScopes(sdk.get(), settings, config.plugins()));
            } else {
                LOG.info("OpenTelemetry is disabled (quarkus.otel.enabled=false): plugin instruments record nothing");
                service.bind(OpenTelemetry.noop());
            }
        }
    }
}
