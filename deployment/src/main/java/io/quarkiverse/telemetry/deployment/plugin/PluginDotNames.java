package io.quarkiverse.telemetry.deployment.plugin;

import org.jboss.jandex.DotName;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.BackendPluginModule;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;

/** The names of this extension's annotations and types, as Jandex looks them up. */
final class PluginDotNames {

    static final DotName PLUGIN_TELEMETRY = DotName.createSimple(PluginTelemetry.class);
    static final DotName BACKEND_PLUGIN = DotName.createSimple(BackendPlugin.class);
    static final DotName BACKEND_PLUGIN_MODULE = DotName.createSimple(BackendPluginModule.class);
    static final DotName TELEMETRY_SERVICE = DotName.createSimple(TelemetryService.class);
    static final DotName ROOT_TELEMETRY_SERVICE = DotName.createSimple(RootTelemetryService.class);

    private PluginDotNames() {
    }
}
