package io.quarkiverse.telemetry.it;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Backstage's one-off metrics, from before the telemetry service, written the old way straight into Micrometer and
 * kept for one release beside the service's, under their old names; each help text starts with {@code DEPRECATED}.
 * Where an old name is the new metric's Prometheus name, the scrape serves one family with both series (the new ones
 * carry {@code otel_scope_name}). {@code backstage.metrics.deprecated.enabled=false} turns them all off.
 */
@ApplicationScoped
public class OneOffMetrics {

    /** The value a tag gets once it has had {@code backstage.metrics.deprecated.max-tag-values} others. */
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final boolean enabled;
    private final int maxTagValues;
    /** The values each tag of each metric has had, by "metric/tag". */
    private final Map<String, Set<String>> tagValues = new ConcurrentHashMap<>();

    @Inject
    public OneOffMetrics(MeterRegistry registry,
            @ConfigProperty(name = "backstage.metrics.deprecated.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "backstage.metrics.deprecated.max-tag-values", defaultValue = "100") int maxTagValues) {
        this.registry = registry;
        this.enabled = enabled;
        this.maxTagValues = maxTagValues;
    }

    /** Adds one to a deprecated counter. */
    public void count(String name, String successor, String... tags) {
        if (enabled) {
            Counter.builder(name).description(deprecated(successor)).tags(bounded(name, tags)).register(registry)
                    .increment();
        }
    }

    /** Records a value in a deprecated histogram with the given buckets. */
    public void record(String name, String successor, List<Double> buckets, double value, String... tags) {
        if (enabled) {
            DistributionSummary.builder(name).description(deprecated(successor)).tags(bounded(name, tags))
                    .serviceLevelObjectives(buckets.stream().mapToDouble(Double::doubleValue).toArray())
                    .register(registry).record(value);
        }
    }

    /**
     * The tags with each tag's values bounded: Micrometer has no cardinality limit, so a tag such as {@code user} would
     * add a series per user for ever. Past the limit, new values count under {@value #OTHER}, as OpenTelemetry's
     * overflow series does for the service's metrics.
     */
    private String[] bounded(String name, String... tags) {
        String[] bounded = tags.clone();
        for (int i = 1; i < bounded.length; i += 2) {
            Set<String> seen = tagValues.computeIfAbsent(name + "/" + bounded[i - 1], key -> new HashSet<>());
            synchronized (seen) {
                if (!seen.contains(bounded[i]) && seen.size() >= maxTagValues) {
                    bounded[i] = OTHER;
                } else {
                    seen.add(bounded[i]);
                }
            }
        }
        return bounded;
    }

    private static String deprecated(String successor) {
        return "DEPRECATED, removed in the next release: use " + successor;
    }
}
