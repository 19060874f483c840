package io.quarkiverse.telemetry.it;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Histogram;

/**
 * Backstage's one-off metrics, from before the telemetry service, written the old way and kept for one release beside
 * the service's, under their old names; each help text starts with {@code DEPRECATED}. Counters are Micrometer's;
 * histograms are Prometheus simpleclient's, as Backstage's were prom-client's, in the registry behind Micrometer's:
 * Micrometer's distribution summary rounds each value up to a whole number before it finds its bucket, so a 5 ms run
 * would count in {@code le="1.0"} and in none of the sub-second buckets.
 * Where an old name is the new metric's Prometheus name, the scrape serves one family with both series (the new ones
 * carry {@code otel_scope_name}). {@code backstage.metrics.deprecated.enabled=false} turns them all off.
 */
@ApplicationScoped
public class OneOffMetrics {

    /** The value a tag gets once it has had {@code backstage.metrics.deprecated.max-tag-values} others. */
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final CollectorRegistry collectorRegistry;
    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxTagValues;
    /** The values each tag of each metric has had, by "metric/tag". */
    private final Map<String, Set<String>> tagValues = new ConcurrentHashMap<>();

    @Inject
    public OneOffMetrics(MeterRegistry registry, CollectorRegistry collectorRegistry,
            @ConfigProperty(name = "backstage.metrics.deprecated.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "backstage.metrics.deprecated.max-tag-values", defaultValue = "100") int maxTagValues) {
        this.registry = registry;
        this.collectorRegistry = collectorRegistry;
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

    /** Records a value in a deprecated histogram with the given buckets; a metric's tag keys are always the same. */
    public void record(String name, String successor, List<Double> buckets, double value, String... tags) {
        if (enabled) {
            // Sorted by key, as Micrometer writes tags.
            Map<String, String> labels = new TreeMap<>();
            String[] bounded = bounded(name, tags);
            for (int i = 0; i < bounded.length; i += 2) {
                labels.put(bounded[i], bounded[i + 1]);
            }
            String[] keys = labels.keySet().toArray(String[]::new);
            String[] values = labels.values().toArray(String[]::new);
            histograms.computeIfAbsent(name, created -> {
                Histogram histogram = Histogram.build(name, deprecated(successor)).labelNames(keys)
                        .buckets(buckets.stream().mapToDouble(Double::doubleValue).toArray()).create();
                collectorRegistry.register(new WithoutCreatedSeries(histogram));
                return histogram;
            }).labels(values).observe(value);
        }
    }

    /**
     * The tags with each tag's values bounded: Micrometer has no cardinality limit, so a tag such as a template (an
     * entity reference in Backstage) would add a series per value for ever. Past the limit, new values count under
     * {@value #OTHER}, as OpenTelemetry's overflow series does for the service's metrics.
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

    /**
     * A collector without the {@code _created} series simpleclient adds to each histogram (in text format 0.0.4, as a
     * gauge family of its own): the old metrics had none, and Micrometer's meters in the same scrape have none.
     */
    private static final class WithoutCreatedSeries extends Collector {

        private final Collector delegate;

        WithoutCreatedSeries(Collector delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<MetricFamilySamples> collect() {
            return delegate.collect().stream().map(family -> new MetricFamilySamples(family.name, family.unit,
                    family.type, family.help, family.samples.stream()
                            .filter(sample -> !sample.name.endsWith("_created")).toList()))
                    .toList();
        }
    }

    private static String deprecated(String successor) {
        return "DEPRECATED, removed in the next release: use " + successor;
    }
}
