package io.quarkiverse.telemetry.deployment;

import io.quarkus.builder.item.MultiBuildItem;

/** A plugin whose {@code @PluginTelemetry TelemetryService} is injected somewhere: it gets a bean of its own. */
public final class PluginTelemetryBuildItem extends MultiBuildItem {

    private final String pluginId;

    public PluginTelemetryBuildItem(String pluginId) {
        this.pluginId = pluginId;
    }

    public String getPluginId() {
        return pluginId;
    }
}
