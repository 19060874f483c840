package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * The telemetry inventory of the application: for every plugin and module that injects a service, the instruments its
 * code creates with constant names, read from the bytecode at build time. Other extensions read it to document,
 * check or monitor what the plugins emit.
 */
public final class TelemetryInventoryBuildItem extends SimpleBuildItem {

    private final List<PluginInventory> plugins;

    public TelemetryInventoryBuildItem(List<PluginInventory> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    /** Each plugin's inventory, by plugin id. */
    public List<PluginInventory> getPlugins() {
        return plugins;
    }
}
