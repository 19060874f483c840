package io.quarkiverse.telemetry.deployment.plugin;

/**
 * The plugin, or module of a plugin, that a class or injection point belongs to.
 *
 * @param pluginId the plugin id
 * @param moduleId the module id, empty for the plugin itself
 */
public record PluginOwner(String pluginId, String moduleId) {

    static PluginOwner plugin(String pluginId) {
        return new PluginOwner(pluginId, "");
    }

    /** Whether this is a module of a plugin rather than the plugin itself. */
    public boolean isModule() {
        return !moduleId.isEmpty();
    }

    @Override
    public String toString() {
        return isModule() ? "module '" + moduleId + "' of plugin '" + pluginId + "'" : "plugin '" + pluginId + "'";
    }
}
