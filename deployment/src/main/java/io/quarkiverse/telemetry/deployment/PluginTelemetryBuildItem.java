package io.quarkiverse.telemetry.deployment;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * A plugin, or module of a plugin, whose {@code @PluginTelemetry TelemetryService} is injected somewhere: it gets a bean
 * of its own.
 */
public final class PluginTelemetryBuildItem extends MultiBuildItem {

    private final String pluginId;
    private final String moduleId;

    public PluginTelemetryBuildItem(String pluginId, String moduleId) {
        this.pluginId = pluginId;
        this.moduleId = moduleId;
    }

    public String getPluginId() {
        return pluginId;
    }

    /** The module id, empty for the plugin's own service. */
    public String getModuleId() {
        return moduleId;
    }
}
