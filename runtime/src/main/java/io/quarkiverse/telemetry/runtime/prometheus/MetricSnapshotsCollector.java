package io.quarkiverse.telemetry.runtime.prometheus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.prometheus.client.Collector;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Exemplar;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;

/**
 * Serves prometheus-metrics 1.x snapshots (what OpenTelemetry's {@code PrometheusMetricReader} produces, already named
 * by OpenTelemetry's Prometheus rules and merged across scopes) as simpleclient samples, the model of the registry
 * behind Micrometer's {@code /q/metrics}. The naming stays the reader's: this class changes the data model, and keeps
 * each series' latest exemplar for the scrapes after the one that collected it.
 */
public final class MetricSnapshotsCollector extends Collector implements Collector.Describable {

    /** The help of {@code target_info}, which the converter leaves empty; the OpenTelemetry specification's wording. */
    static final String TARGET_INFO_HELP = "Target metadata";

    /** OpenMetrics' limit on the length of an exemplar's label names and values together. */
    static final int MAX_EXEMPLAR_LABELS_LENGTH = 128;
    private static final Set<String> TRACE_LABELS = Set.of("trace_id", "span_id");

    private final MultiCollector source;
    /**
     * Each sample's latest exemplar: the SDK hands an exemplar to one collection only, so without this a plain-text
     * scrape (which drops exemplars) or the other server of an HA pair took it from the next OpenMetrics scrape.
     * Bounded by the series, which the cardinality limit bounds.
     */
    private final Map<SampleKey, io.prometheus.client.exemplars.Exemplar> latestExemplars = new ConcurrentHashMap<>();

    /** One sample of one series: its name and labels. */
    private record SampleKey(String name, List<String> labelNames, List<String> labelValues) {
    }

    /** Label values are served whole: the registry it is registered in cuts them ({@link MergingCollectorRegistry}). */
    public MetricSnapshotsCollector(MultiCollector source) {
        this.source = source;
    }

    /** Nothing: the names are only known at collection, so the registry skips its registration-time name check. */
    @Override
    public List<MetricFamilySamples> describe() {
        return List.of();
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> families = new ArrayList<>();
        for (MetricSnapshot snapshot : source.collect()) {
            MetricFamilySamples family = convert(snapshot);
            if (family != null) {
                families.add(family);
            }
        }
        return families;
    }

    MetricFamilySamples convert(MetricSnapshot snapshot) {
        MetricMetadata metadata = snapshot.getMetadata();
        String name = metadata.getPrometheusName();
        List<MetricFamilySamples.Sample> samples = new ArrayList<>();
        Type type;
        if (snapshot instanceof CounterSnapshot counter) {
            type = Type.COUNTER;
            String total = name + "_total";
            for (var point : counter.getDataPoints()) {
                samples.add(sample(total, point.getLabels(), point.getValue(), exemplar(point.getExemplar())));
            }
        } else if (snapshot instanceof GaugeSnapshot gauge) {
            type = Type.GAUGE;
            for (var point : gauge.getDataPoints()) {
                samples.add(sample(name, point.getLabels(), point.getValue(), exemplar(point.getExemplar())));
            }
        } else if (snapshot instanceof HistogramSnapshot histogram) {
            type = Type.HISTOGRAM;
            SampleNames names = new SampleNames(name);
            for (var point : histogram.getDataPoints()) {
                addHistogram(samples, names, point);
            }
        } else if (snapshot instanceof SummarySnapshot summary) {
            type = Type.SUMMARY;
            SampleNames names = new SampleNames(name);
            for (var point : summary.getDataPoints()) {
                for (var quantile : point.getQuantiles()) {
                    samples.add(sample(name, point.getLabels().add("quantile", doubleToGoString(quantile.getQuantile())),
                            quantile.getValue(), null));
                }
                addCountAndSum(samples, names, point.getLabels(), point.hasCount(), point.getCount(),
                        point.hasSum(), point.getSum());
            }
        } else if (snapshot instanceof InfoSnapshot info) {
            type = Type.INFO;
            for (var point : info.getDataPoints()) {
                samples.add(sample(name + "_info", point.getLabels(), 1.0, null));
            }
        } else if (snapshot instanceof UnknownSnapshot unknown) {
            type = Type.UNKNOWN;
            for (var point : unknown.getDataPoints()) {
                samples.add(sample(name, point.getLabels(), point.getValue(), exemplar(point.getExemplar())));
            }
        } else {
            return null; // state sets: OpenTelemetry never produces them
        }
        String unit = metadata.hasUnit() ? metadata.getUnit().toString() : "";
        String help = metadata.getHelp() == null || metadata.getHelp().isEmpty()
                ? (type == Type.INFO ? TARGET_INFO_HELP : "")
                : metadata.getHelp();
        return new MetricFamilySamples(name, unit, type, help, samples);
    }

    /** The sample names of a histogram or summary family, built once per family rather than once per sample. */
    private record SampleNames(String bucket, String count, String sum) {
        SampleNames(String name) {
            this(name + "_bucket", name + "_count", name + "_sum");
        }
    }

    /** Classic buckets are per bucket in prometheus-metrics and cumulative in the exposition. */
    private void addHistogram(List<MetricFamilySamples.Sample> samples, SampleNames name,
            io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot point) {
        ClassicHistogramBuckets buckets = point.getClassicBuckets();
        Exemplars exemplars = point.getExemplars();
        long cumulative = 0;
        double lowerBound = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < buckets.size(); i++) {
            double upperBound = buckets.getUpperBound(i);
            cumulative += buckets.getCount(i);
            samples.add(sample(name.bucket(), point.getLabels().add("le", doubleToGoString(upperBound)), cumulative,
                    exemplar(exemplars.get(lowerBound, upperBound))));
            lowerBound = upperBound;
        }
        long count = point.hasCount() ? point.getCount() : cumulative;
        if (buckets.isEmpty()) {
            samples.add(sample(name.bucket(), point.getLabels().add("le", "+Inf"), count, null));
        }
        addCountAndSum(samples, name, point.getLabels(), true, count, point.hasSum(), point.getSum());
    }

    private void addCountAndSum(List<MetricFamilySamples.Sample> samples, SampleNames name, Labels labels,
            boolean hasCount, long count, boolean hasSum, double sum) {
        if (hasCount) {
            samples.add(sample(name.count(), labels, count, null));
        }
        if (hasSum) {
            samples.add(sample(name.sum(), labels, sum, null));
        }
    }

    /** A sample, with the series' latest exemplar when this collection has none. */
    private MetricFamilySamples.Sample sample(String name, Labels labels, double value,
            io.prometheus.client.exemplars.Exemplar exemplar) {
        String[] names = new String[labels.size()];
        String[] values = new String[labels.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = labels.getPrometheusName(i);
            values[i] = labels.getValue(i);
        }
        List<String> labelNames = Arrays.asList(names);
        List<String> labelValues = Arrays.asList(values);
        if (exemplar != null) {
            latestExemplars.put(new SampleKey(name, labelNames, labelValues), exemplar);
        } else if (!latestExemplars.isEmpty()) {
            exemplar = latestExemplars.get(new SampleKey(name, labelNames, labelValues));
        }
        return new MetricFamilySamples.Sample(name, labelNames, labelValues, value, exemplar);
    }

    /**
     * The exemplar with its labels, or with its trace and span ids only when all its labels together exceed what
     * OpenMetrics allows (the converter adds the attributes a view filtered out, which can be long): a too long
     * exemplar would fail the whole scrape.
     */
    private static io.prometheus.client.exemplars.Exemplar exemplar(Exemplar exemplar) {
        if (exemplar == null) {
            return null;
        }
        Labels labels = exemplar.getLabels();
        if (length(labels) > MAX_EXEMPLAR_LABELS_LENGTH) {
            labels = labels.stream().filter(label -> TRACE_LABELS.contains(label.getName()))
                    .reduce(Labels.EMPTY, (kept, label) -> kept.add(label.getName(), label.getValue()), Labels::merge);
        }
        if (length(labels) > MAX_EXEMPLAR_LABELS_LENGTH) {
            return null;
        }
        String[] pairs = new String[labels.size() * 2];
        for (int i = 0; i < labels.size(); i++) {
            pairs[2 * i] = labels.getPrometheusName(i);
            pairs[2 * i + 1] = labels.getValue(i);
        }
        Long timestamp = exemplar.hasTimestamp() ? exemplar.getTimestampMillis() : null;
        return new io.prometheus.client.exemplars.Exemplar(exemplar.getValue(), timestamp, pairs);
    }

    private static int length(Labels labels) {
        int length = 0;
        for (int i = 0; i < labels.size(); i++) {
            length += labels.getPrometheusName(i).codePointCount(0, labels.getPrometheusName(i).length())
                    + labels.getValue(i).codePointCount(0, labels.getValue(i).length());
        }
        return length;
    }
}
