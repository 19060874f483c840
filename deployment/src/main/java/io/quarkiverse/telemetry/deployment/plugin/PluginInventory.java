package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;

import io.quarkiverse.telemetry.BackstageNaming;

/**
 * What one plugin (with its modules) emits, as the build found it in the plugin's code.
 *
 * @param pluginId the plugin id
 * @param moduleIds the ids of its modules that inject a service
 * @param instruments its instruments created with a constant name, by name
 * @param computedNames the methods that create an instrument whose name is computed at run time, which the inventory
 *        therefore cannot list
 * @param spans the spans its code starts with a constant name, by name
 * @param computedSpanNames the methods that start a span whose name is computed at run time
 */
public record PluginInventory(String pluginId, List<String> moduleIds, List<InventoriedInstrument> instruments,
        List<String> computedNames, List<InventoriedSpan> spans, List<String> computedSpanNames) {

    /** The instrumentation scope its metrics are exported under unless configured otherwise at run time. */
    public String defaultScope() {
        return BackstageNaming.pluginScope(pluginId);
    }
}
