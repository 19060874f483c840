package io.quarkiverse.telemetry.internal;

import java.util.regex.Pattern;

/**
 * The plugin and module id rule: the pattern, the rule in words as every error message states it, and the checks that
 * throw it. Internal: {@link io.quarkiverse.telemetry.PluginIds} is the public face; this class depends on nothing of
 * this extension, so the API, the runtime and the build steps can all use it.
 */
public final class PluginIdRules {

    /** The pattern a plugin or module id must match: Backstage's. */
    public static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** The plugin id rule in words. */
    public static final String PLUGIN_RULE = "a plugin id must match " + PATTERN
            + " (lowercase letters and digits, words joined by single hyphens, e.g. 'tech-insights')";

    /** The module id rule in words: the same pattern as plugin ids. */
    public static final String MODULE_RULE = "a module id must match " + PATTERN
            + " (lowercase letters and digits, words joined by single hyphens, e.g. 'github-org')";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PluginIdRules() {
    }

    /** Whether the id is a valid plugin or module id. */
    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    /**
     * Returns the plugin id if valid.
     *
     * @throws IllegalArgumentException naming the id and the allowed pattern otherwise
     */
    public static String requireValidPluginId(String pluginId) {
        if (!isValid(pluginId)) {
            throw new IllegalArgumentException("Invalid plugin id '" + pluginId + "': " + PLUGIN_RULE);
        }
        return pluginId;
    }

    /**
     * Returns the module id if valid.
     *
     * @throws IllegalArgumentException naming the id and the allowed pattern otherwise
     */
    public static String requireValidModuleId(String moduleId) {
        if (!isValid(moduleId)) {
            throw new IllegalArgumentException("Invalid module id '" + moduleId + "': " + MODULE_RULE);
        }
        return moduleId;
    }
}
