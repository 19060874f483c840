package io.quarkiverse.telemetry;

import java.util.regex.Pattern;

/** The rule plugin ids follow: Backstage's, lowercase letters and digits in words joined by single hyphens. */
public final class PluginIds {

    /** The pattern a plugin id must match, e.g. {@code catalog} or {@code tech-insights}. */
    public static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** The rule in words, for error messages. */
    public static final String RULE = "a plugin id must match " + PATTERN
            + " (lowercase letters and digits, words joined by single hyphens, e.g. 'tech-insights')";

    /** The rule module ids follow, in words: the same as plugin ids. */
    public static final String MODULE_RULE = "a module id must match " + PATTERN
            + " (lowercase letters and digits, words joined by single hyphens, e.g. 'github-org')";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PluginIds() {
    }

    /** Whether the id is a valid plugin id. */
    public static boolean isValid(String pluginId) {
        return pluginId != null && COMPILED.matcher(pluginId).matches();
    }

    /** The instrumentation scope name of the plugin's instruments and spans. */
    public static String scopeName(String pluginId) {
        return "backstage-plugin-" + pluginId;
    }

    /**
     * Returns the id if valid.
     *
     * @throws IllegalArgumentException naming the id and the allowed pattern otherwise
     */
    public static String requireValid(String pluginId) {
        if (!isValid(pluginId)) {
            throw new IllegalArgumentException("Invalid plugin id '" + pluginId + "': " + RULE);
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
