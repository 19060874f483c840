package io.quarkiverse.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkiverse.telemetry.internal.PluginIdRules;

/**
 * The application-wide telemetry service: it is installed while the application is statically initialised, before any
 * bean or extension can ask for an instrument, and hands out one {@link TelemetryService} per plugin.
 * <p>
 * Its own instruments carry the instrumentation scope {@value BackstageNaming#ROOT_SCOPE}, and its {@link #pluginId()} is
 * {@value #ROOT_ID}.
 */
public interface RootTelemetryService extends TelemetryService {

    /** The {@link #pluginId()} of the root service. */
    String ROOT_ID = "root";

    /**
     * The telemetry service of the given plugin; the same instance each time for the same id.
     *
     * @throws IllegalArgumentException if the id does not match {@value PluginIds#PATTERN}
     */
    TelemetryService forPlugin(String pluginId);

    /**
     * The telemetry service of a module of the given plugin (see {@link BackendPluginModule}); the same instance each
     * time for the same ids. This default, for replacements of the root, returns the plugin's service.
     *
     * @throws IllegalArgumentException if an id does not match {@value PluginIds#PATTERN}
     */
    default TelemetryService forModule(String pluginId, String moduleId) {
        PluginIdRules.requireValidModuleId(moduleId);
        return forPlugin(pluginId);
    }

    /**
     * The OpenTelemetry instance of the application, for advanced uses such as context propagation.
     *
     * @throws IllegalStateException before the SDK has started (during static initialisation)
     */
    OpenTelemetry getOpenTelemetry();
}
