package io.quarkiverse.telemetry.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Histogram;
import io.prometheus.client.SimpleCollector;
import io.prometheus.client.Summary;

/**
 * Backstage's deprecated metrics, its prom-client metrics from before the telemetry service, kept for one release as
 * Backstage exposes them: in a registry of their own served apart from the service's at {@code /metrics} (Backstage
 * served prom-client's registry on its backend port, the OpenTelemetry exporter on another), with prom-client's
 * names, types, help texts and labels — counters under their bare names, the catalog's durations as summaries
 * (prom-client's default percentiles), the scaffolder's as histograms (prom-client's default buckets), the catalog's
 * three gauges on their own. Several of these names are also the new metrics' Prometheus names, with another type:
 * one scrape could not hold both. {@code backstage.metrics.deprecated.enabled=false} turns them off.
 * <p>
 * simpleclient keeps the values; two things it adds are left out, as prom-client has neither: a {@code _total}
 * suffix on counters and {@code _created} series.
 */
@ApplicationScoped
public class OneOffMetrics {

    /** The value a label gets once it has had {@code backstage.metrics.deprecated.max-tag-values} others. */
    static final String OTHER = "other";
    /** prom-client's default summary percentiles. */
    private static final double[] PERCENTILES = { 0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999 };
    /** prom-client's default histogram buckets. */
    private static final double[] BUCKETS = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
    private static final String CATALOG_DEPRECATED = ", DEPRECATED, use OpenTelemetry metrics instead";

    private final CollectorRegistry registry = new CollectorRegistry();
    private final Map<String, SimpleCollector<?>> metrics = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxTagValues;
    /** The values each label of each metric has had, by "metric/label". */
    private final Map<String, Set<String>> labelValues = new ConcurrentHashMap<>();

    @Inject
    public OneOffMetrics(
            @ConfigProperty(name = "backstage.metrics.deprecated.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "backstage.metrics.deprecated.max-tag-values", defaultValue = "100") int maxTagValues) {
        this.enabled = enabled;
        this.maxTagValues = maxTagValues;
        // catalog-backend 4.0.5: DefaultCatalogProcessingEngine.ts, stitching/progressTracker.ts
        add(Counter.build("catalog_processed_entities_count", "Amount of entities processed" + CATALOG_DEPRECATED)
                .labelNames("result"));
        add(summary("catalog_processing_duration_seconds", "Time spent executing the full processing flow"
                + CATALOG_DEPRECATED).labelNames("result"));
        add(summary("catalog_processors_duration_seconds", "Time spent executing catalog processors"
                + CATALOG_DEPRECATED).labelNames("result"));
        add(summary("catalog_processing_queue_delay_seconds", "The amount of delay between being scheduled for"
                + " processing, and the start of actually being processed" + CATALOG_DEPRECATED));
        add(Counter.build("catalog_stitched_entities_count",
                "Amount of entities stitched. DEPRECATED, use OpenTelemetry metrics instead"));
        // scaffolder-backend 4.3.0: NunjucksWorkflowRunner.ts
        add(Counter.build("scaffolder_task_count", "Count of task runs").labelNames("template", "result"));
        add(Histogram.build("scaffolder_task_duration", "Duration of a task run").labelNames("template", "result")
                .buckets(BUCKETS));
        add(Counter.build("scaffolder_step_count", "Count of step runs").labelNames("template", "step", "result"));
        add(Histogram.build("scaffolder_step_duration", "Duration of a step runs")
                .labelNames("template", "step", "result").buckets(BUCKETS));
    }

    private static Summary.Builder summary(String name, String help) {
        Summary.Builder summary = Summary.build(name, help);
        for (double percentile : PERCENTILES) {
            summary.quantile(percentile, 0.001);
        }
        return summary;
    }

    private void add(SimpleCollector.Builder<?, ?> builder) {
        SimpleCollector<?> metric = builder.create();
        metrics.put(((Collector.Describable) metric).describe().get(0).name, metric);
        registry.register(new WithoutCreatedSeries(metric));
    }

    /**
     * Adds a gauge whose values are read at each scrape, as prom-client's collect callback does: by value of its label,
     * or, without a label ({@code labelName} null), the map's one value.
     */
    public void gauge(String name, String help, String labelName, Supplier<Map<String, Long>> values) {
        if (!enabled) {
            return;
        }
        registry.register(new Collector() {
            @Override
            public List<MetricFamilySamples> collect() {
                Map<String, Long> current = values.get();
                List<MetricFamilySamples.Sample> samples = new ArrayList<>();
                if (current != null) {
                    current.forEach((label, value) -> samples.add(labelName == null
                            ? new MetricFamilySamples.Sample(name, List.of(), List.of(), value)
                            : new MetricFamilySamples.Sample(name, List.of(labelName), List.of(label), value)));
                }
                return List.of(new MetricFamilySamples(name, Type.GAUGE, help, samples));
            }
        });
    }

    /** Adds one to a deprecated counter; label values in the order the metric declares its labels. */
    public void count(String name, String... labels) {
        if (enabled) {
            ((Counter) metrics.get(name)).labels(bounded(name, labels)).inc();
        }
    }

    /** Records a value in a deprecated summary or histogram; label values in the order of its labels. */
    public void record(String name, double value, String... labels) {
        if (!enabled) {
            return;
        }
        SimpleCollector<?> metric = metrics.get(name);
        if (metric instanceof Summary summary) {
            summary.labels(bounded(name, labels)).observe(value);
        } else {
            ((Histogram) metric).labels(bounded(name, labels)).observe(value);
        }
    }

    /** Whether the deprecated metrics are kept. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The deprecated metrics in the Prometheus text format 0.0.4, written as prom-client writes it. Written here
     * rather than by simpleclient's {@code TextFormat}: simpleclient (since 0.10) names every counter and its samples
     * with {@code _total}, which prom-client does not; and numbers are written as JavaScript writes them ({@code 3},
     * {@code le="1"}), not {@code 3.0}.
     */
    public String scrape() {
        StringBuilder text = new StringBuilder();
        for (Collector.MetricFamilySamples family : Collections.list(registry.metricFamilySamples())) {
            text.append("# HELP ").append(family.name).append(' ')
                    .append(family.help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            text.append("# TYPE ").append(family.name).append(' ').append(family.type.name().toLowerCase(Locale.ROOT))
                    .append('\n');
            for (Collector.MetricFamilySamples.Sample sample : family.samples) {
                // simpleclient names a counter's samples <name>_total, whatever they are built with
                text.append(family.type == Collector.Type.COUNTER ? family.name : sample.name);
                for (int i = 0; i < sample.labelNames.size(); i++) {
                    String label = sample.labelNames.get(i);
                    String value = sample.labelValues.get(i);
                    if ((label.equals("le") || label.equals("quantile")) && !value.endsWith("Inf")) {
                        value = number(Double.parseDouble(value)); // simpleclient writes +Inf as prom-client does
                    }
                    text.append(i == 0 ? '{' : ',').append(label).append("=\"").append(value.replace("\\", "\\\\")
                            .replace("\"", "\\\"").replace("\n", "\\n")).append('"');
                }
                text.append(sample.labelNames.isEmpty() ? "" : "}").append(' ').append(number(sample.value)).append('\n');
            }
        }
        return text.toString();
    }

    /** A number as JavaScript writes it, and prom-client's infinities. */
    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The label values bounded: prom-client has no cardinality limit, so a label such as a template (an entity
     * reference in Backstage) would add a series per value for ever. Past the limit, new values count under
     * {@value #OTHER}, as OpenTelemetry's overflow series does for the service's metrics.
     */
    private String[] bounded(String name, String... labels) {
        String[] bounded = labels.clone();
        for (int i = 0; i < bounded.length; i++) {
            Set<String> seen = labelValues.computeIfAbsent(name + "/" + i, key -> new HashSet<>());
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

    /** A metric without the {@code _created} series simpleclient adds to counters, summaries and histograms. */
    private static final class WithoutCreatedSeries extends Collector {

        private final Collector metric;

        WithoutCreatedSeries(Collector metric) {
            this.metric = metric;
        }

        @Override
        public List<MetricFamilySamples> collect() {
            return metric.collect().stream().map(family -> new MetricFamilySamples(family.name, family.unit,
                    family.type, family.help, family.samples.stream()
                            .filter(sample -> !sample.name.endsWith("_created")).toList()))
                    .toList();
        }
    }
}
