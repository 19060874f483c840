package io.quarkiverse.telemetry;

import io.quarkiverse.telemetry.internal.PluginIdRules;

/** The rule plugin and module ids follow: Backstage's, lowercase letters and digits in words joined by single hyphens. */
public final class PluginIds {

    /** The pattern a plugin or module id must match, e.g. {@code catalog} or {@code tech-insights}. */
    public static final String PATTERN = PluginIdRules.PATTERN;

    private PluginIds() {
    }

    /** Whether the id is a valid plugin (or module) id. */
    public static boolean isValid(String pluginId) {
        return PluginIdRules.isValid(pluginId);
    }
}
