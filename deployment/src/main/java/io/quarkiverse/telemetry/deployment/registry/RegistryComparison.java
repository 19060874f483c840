package io.quarkiverse.telemetry.deployment.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkiverse.telemetry.deployment.registry.TelemetryRegistry.Metric;
import io.quarkiverse.telemetry.deployment.registry.TelemetryRegistry.Plugin;
import io.quarkiverse.telemetry.deployment.registry.TelemetryRegistry.Span;

/**
 * The breaking changes from a baseline registry to this build's, for the dashboards, alerts and queries built on the
 * baseline: a metric or span gone, a metric's instrument or unit changed, an attribute key no longer recorded, a
 * histogram's buckets changed. A metric the baseline marked deprecated may go, as Weaver's model has it; a metric or
 * key added breaks nothing. What either side could not see (a unit computed at run time, attribute keys computed at
 * run time) is not compared. Metrics are matched by plugin and name (without case, as OpenTelemetry does).
 */
final class RegistryComparison {

    private RegistryComparison() {
    }

    /** Each breaking change, as one sentence naming the plugin, the instrument or span, and both versions. */
    static List<String> breakingChanges(TelemetryRegistry baseline, TelemetryRegistry current) {
        Map<String, Plugin> plugins = current.plugins().stream()
                .collect(Collectors.toMap(Plugin::id, Function.identity()));
        String was = baseline.version();
        String is = current.version();
        List<String> changes = new ArrayList<>();
        for (Plugin before : baseline.plugins()) {
            Optional<Plugin> after = Optional.ofNullable(plugins.get(before.id()));
            Map<String, Metric> metrics = after.map(plugin -> plugin.metrics().stream()
                    .collect(Collectors.toMap(metric -> key(metric.name()), Function.identity())))
                    .orElse(Map.of());
            Set<String> known = before.metrics().stream().map(metric -> key(metric.name())).collect(Collectors.toSet());
            for (Metric old : before.metrics()) {
                String subject = "plugin '" + before.id() + "', metric '" + old.name() + "': ";
                Metric now = metrics.get(key(old.name()));
                if (now == null) {
                    if (old.deprecated().isEmpty()) {
                        changes.add(subject + "removed (" + was + ": " + describe(old) + "; " + is + ": none)"
                                + renamedHint(old, known, after) + "; mark it deprecated for a release first"
                                + " (MetricOptions.deprecated or renamedTo)");
                    }
                    continue;
                }
                if (!old.instrument().equals(now.instrument())) {
                    changes.add(subject + "its instrument changed (" + was + ": " + old.instrument() + "; " + is
                            + ": " + now.instrument() + ")");
                }
                if (old.unit().isPresent() && now.unit().isPresent() && !old.unit().equals(now.unit())) {
                    changes.add(subject + "its unit changed (" + was + ": '" + old.unit().get() + "'; " + is + ": '"
                            + now.unit().get() + "')");
                }
                if (now.attributesComplete()) {
                    old.attributes().keySet().stream().filter(attribute -> !now.attributes().containsKey(attribute))
                            .forEach(attribute -> changes.add(subject + "the attribute '" + attribute
                                    + "' is no longer recorded (" + was + ": " + old.attributes().keySet() + "; " + is
                                    + ": " + now.attributes().keySet() + ")"));
                }
                if (old.buckets().isPresent() && now.buckets().isPresent() && !old.buckets().equals(now.buckets())) {
                    changes.add(subject + "its histogram buckets changed (" + was + ": " + old.buckets().get() + "; "
                            + is + ": " + now.buckets().get() + ")");
                }
            }
            Map<String, Span> spans = after.map(plugin -> plugin.spans().stream()
                    .collect(Collectors.toMap(Span::name, Function.identity()))).orElse(Map.of());
            for (Span old : before.spans()) {
                Span now = spans.get(old.name());
                String subject = "plugin '" + before.id() + "', span '" + old.name() + "': ";
                if (now == null) {
                    changes.add(subject + "removed (" + was + ": " + old.kind().orElse("kind computed") + "; " + is
                            + ": none)");
                } else if (old.kind().isPresent() && now.kind().isPresent() && !old.kind().equals(now.kind())) {
                    changes.add(subject + "its kind changed (" + was + ": " + old.kind().get() + "; " + is + ": "
                            + now.kind().get() + ")");
                }
            }
        }
        return changes;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String describe(Metric metric) {
        return metric.instrument() + metric.unit().map(unit -> unit.isEmpty() ? "" : " in '" + unit + "'").orElse("");
    }

    /** The metrics new in the plugin with the same instrument and unit: what a rename would look like. */
    private static String renamedHint(Metric old, Set<String> known, Optional<Plugin> after) {
        List<String> candidates = after.map(plugin -> plugin.metrics().stream()
                .filter(metric -> !known.contains(key(metric.name())))
                .filter(metric -> metric.instrument().equals(old.instrument()) && metric.unit().equals(old.unit()))
                .map(metric -> "'" + metric.name() + "'").toList()).orElse(List.of());
        return candidates.isEmpty() ? ""
                : ", renamed to " + String.join(" or ", candidates) + "?"
                        + " (new, also " + describe(old) + ")";
    }
}
