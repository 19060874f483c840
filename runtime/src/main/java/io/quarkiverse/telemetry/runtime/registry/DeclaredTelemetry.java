package io.quarkiverse.telemetry.runtime.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the telemetry registry the build wrote declares, for the test kit's live check (a bean in tests only): each
 * plugin's metrics with the attribute keys recorded on them, and its spans. Metric names are compared without case, as
 * OpenTelemetry compares them.
 */
public final class DeclaredTelemetry {

    private final Map<String, Map<String, List<String>>> metricKeys;
    private final Map<String, List<String>> openMetrics;
    private final Map<String, List<String>> spans;

    /**
     * @param metricKeys by plugin id, each metric (lower case) with its attribute keys
     * @param openMetrics by plugin id, the metrics (lower case) also recorded with keys the build could not see
     * @param spans by plugin id, its spans' names
     */
    public DeclaredTelemetry(Map<String, Map<String, List<String>>> metricKeys, Map<String, List<String>> openMetrics,
            Map<String, List<String>> spans) {
        this.metricKeys = Map.copyOf(metricKeys);
        this.openMetrics = Map.copyOf(openMetrics);
        this.spans = Map.copyOf(spans);
    }

    /** The attribute keys declared on the plugin's metric; empty when the metric is not declared. */
    public Optional<Set<String>> attributeKeys(String pluginId, String metric) {
        return Optional.ofNullable(metricKeys.getOrDefault(pluginId, Map.of()).get(metric.toLowerCase(Locale.ROOT)))
                .map(TreeSet::new);
    }

    /** Whether the registry says the metric is also recorded with keys the build could not see. */
    public boolean hasUnseenKeys(String pluginId, String metric) {
        return openMetrics.getOrDefault(pluginId, List.of()).contains(metric.toLowerCase(Locale.ROOT));
    }

    /** The plugin's declared metrics (lower case), sorted. */
    public Set<String> metrics(String pluginId) {
        return new TreeSet<>(metricKeys.getOrDefault(pluginId, Map.of()).keySet());
    }

    /** The plugin's declared spans, sorted. */
    public Set<String> spans(String pluginId) {
        return new TreeSet<>(spans.getOrDefault(pluginId, List.of()));
    }
}
