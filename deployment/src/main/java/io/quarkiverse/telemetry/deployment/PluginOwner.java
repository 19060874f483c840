package io.quarkiverse.telemetry.deployment;

/**
 * The plugin, or module of a plugin, that a class belongs to.
 *
 * @param pluginId the plugin id
 * @param moduleId the module id, empty for the plugin itself
 */
record PluginOwner(String pluginId, String moduleId) {

    static PluginOwner plugin(String pluginId) {
        return new PluginOwner(pluginId, "");
    }

    boolean isModule() {
        return !moduleId.isEmpty();
    }

    @Override
    public String toString() {
        return isModule() ? "module '" + moduleId + "' of plugin '" + pluginId + "'" : "plugin '" + pluginId + "'";
    }
}
