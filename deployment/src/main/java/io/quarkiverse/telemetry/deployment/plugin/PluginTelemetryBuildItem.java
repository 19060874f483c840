package io.quarkiverse.telemetry.deployment.plugin;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * A plugin, or module of a plugin, whose {@code @PluginTelemetry TelemetryService} is injected somewhere: it gets a bean
 * of its own.
 */
public final class PluginTelemetryBuildItem extends MultiBuildItem {

    private final PluginOwner owner;

    public PluginTelemetryBuildItem(PluginOwner owner) {
        this.owner = owner;
    }

    public PluginOwner getOwner() {
        return owner;
    }
}
