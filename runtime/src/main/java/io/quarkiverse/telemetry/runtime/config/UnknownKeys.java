package io.quarkiverse.telemetry.runtime.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the {@code telemetry.*} keys that configure nothing: typos, or settings of a plugin this application does not
 * have. SmallRye Config fails start-up for misspelt keys in {@code application.properties}, but not for environment
 * variables (which it gives here in their dotted form) nor for map keys such as plugin ids.
 */
public final class UnknownKeys {

    private static final String PREFIX = "telemetry.";
    private static final Pattern PLUGIN_KEY = Pattern.compile("telemetry\\.plugins\\.(\"[^\"]+\"|[^.]+)\\..*");

    private final List<Pattern> keys;
    private final Set<String> pluginIds;

    /**
     * @param keyPatterns the keys of {@link TelemetryConfig}, {@code *} standing for a map key; a trailing
     *        {@code .*} for any key of a map of values
     * @param pluginIds the plugins of this application
     */
    public UnknownKeys(List<String> keyPatterns, Set<String> pluginIds) {
        this.keys = keyPatterns.stream().map(UnknownKeys::dotted).toList();
        this.pluginIds = pluginIds;
    }

    /** The given configuration names that are telemetry keys and configure nothing, sorted. */
    public Set<String> in(Iterable<String> names) {
        Set<String> unknown = new TreeSet<>();
        for (String name : names) {
            if (name.startsWith(PREFIX) && (noneMatches(keys, name) || !knownPlugin(name))) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private boolean knownPlugin(String name) {
        var plugin = PLUGIN_KEY.matcher(name);
        return !plugin.matches() || pluginIds.contains(plugin.group(1).replace("\"", ""));
    }

    private static boolean noneMatches(List<Pattern> patterns, String name) {
        return patterns.stream().noneMatch(pattern -> pattern.matcher(name).matches());
    }

    /** A key pattern as a regular expression: {@code *} one map key, quoted or not; a trailing one any key. */
    private static Pattern dotted(String key) {
        boolean valueMap = key.endsWith(".*");
        String body = valueMap ? key.substring(0, key.length() - 2) : key;
        StringBuilder regex = new StringBuilder();
        for (String literal : body.split("\\*", -1)) {
            regex.append(regex.isEmpty() ? "" : "(\"[^\"]+\"|[^.]+)").append(Pattern.quote(literal));
        }
        return Pattern.compile(regex + (valueMap ? "\\..+" : ""));
    }
}
