package io.quarkiverse.telemetry.runtime.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the {@code telemetry.*} keys that configure nothing: typos, or settings of a plugin this application does not
 * have. SmallRye Config fails start-up for such keys in {@code application.properties}; this catches the rest, such as
 * environment variables.
 */
public final class UnknownKeys {

    private static final String PREFIX = "telemetry.";
    private static final String ENV_PREFIX = "TELEMETRY_";
    private static final Pattern PLUGIN_KEY = Pattern.compile("telemetry\\.plugins\\.(\"[^\"]+\"|[^.]+)\\..*");

    private final List<Pattern> keys;
    private final List<Pattern> envKeys;
    private final Set<String> pluginIds;

    /**
     * @param keyPatterns the keys of {@link TelemetryConfig}, {@code *} standing for a map key; a trailing
     *        {@code .*} for any key of a map of values
     * @param pluginIds the plugins of this application
     */
    public UnknownKeys(List<String> keyPatterns, Set<String> pluginIds) {
        this.keys = keyPatterns.stream().map(UnknownKeys::dotted).toList();
        this.envKeys = keyPatterns.stream().map(UnknownKeys::environment).toList();
        this.pluginIds = pluginIds;
    }

    /** The given configuration names that are telemetry keys and configure nothing, sorted. */
    public Set<String> in(Iterable<String> names) {
        Set<String> unknown = new TreeSet<>();
        for (String name : names) {
            if (name.startsWith(PREFIX) && (noneMatches(keys, name) || !knownPlugin(name))) {
                unknown.add(name);
            } else if (name.startsWith(ENV_PREFIX) && noneMatches(envKeys, name)) {
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

    private static Pattern dotted(String key) {
        return regex(key, "(\"[^\"]+\"|[^.]+)", "\\..+", c -> String.valueOf(c));
    }

    private static Pattern environment(String key) {
        return regex(key, "[A-Z0-9_]+", "_.+",
                c -> Character.isLetterOrDigit(c) ? String.valueOf(Character.toUpperCase(c)) : "_");
    }

    private static Pattern regex(String key, String mapKey, String anyMapKey,
            Function<Character, String> literal) {
        boolean valueMap = key.endsWith(".*");
        String body = valueMap ? key.substring(0, key.length() - 2) : key;
        StringBuilder regex = new StringBuilder();
        for (char c : body.toCharArray()) {
            regex.append(c == '*' ? mapKey : Pattern.quote(literal.apply(c)));
        }
        return Pattern.compile(regex + (valueMap ? anyMapKey : ""));
    }
}
