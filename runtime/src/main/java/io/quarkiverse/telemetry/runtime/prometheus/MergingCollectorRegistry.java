package io.quarkiverse.telemetry.runtime.prometheus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Predicate;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;

/**
 * The registry behind {@code /q/metrics}, serving one family per name: when a plugin instrument and a Micrometer meter
 * are exposed under one Prometheus name (such as a plugin's new counter and the one-off meter it replaces, kept for a
 * release), their series are served as one family instead of two, which Prometheus would reject with the whole
 * scrape. Families of one name but different types cannot be one: the first is served, and a warning names the
 * family once. Exemplars stay only where OpenMetrics allows them, on a counter's {@code _total} and a histogram's
 * {@code _bucket} samples: Micrometer puts one on a timer's {@code _count}, and Prometheus rejects the whole scrape for
 * it ("does not support exemplars"). Every label value, Micrometer's as the plugins', is cut to the
 * {@link AttributeValueLimit}: this is the one place a scrape's values are cut.
 */
public class MergingCollectorRegistry extends CollectorRegistry {

    private static final Logger LOG = Logger.getLogger(MergingCollectorRegistry.class);
    /** Help texts of merged families: a deprecation notice comes first. */
    private static final Comparator<String> DEPRECATION_FIRST = Comparator
            .comparing((String help) -> !help.startsWith("DEPRECATED")).thenComparing(Comparator.naturalOrder());

    private final Set<String> warnedConflicts = ConcurrentHashMap.newKeySet();
    private final AttributeValueLimit limit;

    /** @param limit the longest label value served: longer ones are cut (see {@link AttributeValueLimit}) */
    public MergingCollectorRegistry(AttributeValueLimit limit) {
        super(true);
        this.limit = limit;
    }

    @Override
    public Enumeration<MetricFamilySamples> metricFamilySamples() {
        return merged(super.metricFamilySamples());
    }

    @Override
    public Enumeration<MetricFamilySamples> filteredMetricFamilySamples(Set<String> includedNames) {
        return merged(super.filteredMetricFamilySamples(includedNames));
    }

    @Override
    public Enumeration<MetricFamilySamples> filteredMetricFamilySamples(Predicate<String> sampleNameFilter) {
        return merged(super.filteredMetricFamilySamples(sampleNameFilter));
    }

    private Enumeration<MetricFamilySamples> merged(Enumeration<MetricFamilySamples> families) {
        Map<String, List<MetricFamilySamples>> byName = new LinkedHashMap<>();
        while (families.hasMoreElements()) {
            MetricFamilySamples family = families.nextElement();
            byName.computeIfAbsent(family.name, name -> new ArrayList<>(1)).add(family);
        }
        List<MetricFamilySamples> merged = new ArrayList<>(byName.size());
        byName.values().forEach(sameName -> merged
                .add(servable(sameName.size() == 1 ? sameName.get(0) : merge(sameName))));
        return Collections.enumeration(merged);
    }

    /**
     * The family with exemplars only where allowed and label values cut to the limit; the family itself, without a
     * copy, when it has neither (the common case: a scrape only reads each sample once more).
     */
    private MetricFamilySamples servable(MetricFamilySamples family) {
        if (family.samples.stream().allMatch(this::servable)) {
            return family;
        }
        List<MetricFamilySamples.Sample> samples = new ArrayList<>(family.samples.size());
        for (MetricFamilySamples.Sample sample : family.samples) {
            samples.add(servable(sample) ? sample
                    : new MetricFamilySamples.Sample(sample.name, sample.labelNames,
                            sample.labelValues.stream().map(limit::cut).toList(), sample.value,
                            exemplarAllowed(sample.name) ? sample.exemplar : null, sample.timestampMs));
        }
        return new MetricFamilySamples(family.name, family.unit, family.type, family.help, samples);
    }

    private boolean servable(MetricFamilySamples.Sample sample) {
        if (sample.exemplar != null && !exemplarAllowed(sample.name)) {
            return false;
        }
        for (String value : sample.labelValues) {
            if (limit.exceededBy(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean exemplarAllowed(String sampleName) {
        return sampleName.endsWith("_bucket") || sampleName.endsWith("_total");
    }

    private MetricFamilySamples merge(List<MetricFamilySamples> sameName) {
        MetricFamilySamples first = sameName.get(0);
        List<MetricFamilySamples.Sample> samples = new ArrayList<>(first.samples);
        List<String> helps = new ArrayList<>();
        addHelp(helps, first.help);
        for (MetricFamilySamples other : sameName.subList(1, sameName.size())) {
            if (other.type != first.type) {
                if (warnedConflicts.add(first.name)) {
                    LOG.warnf("Two metric families are named %s, one a %s and one a %s: only the %s is served;"
                            + " rename one of the instruments or meters", first.name, first.type, other.type, first.type);
                }
                continue;
            }
            samples.addAll(other.samples);
            addHelp(helps, other.help);
        }
        helps.sort(DEPRECATION_FIRST);
        return new MetricFamilySamples(first.name, first.unit, first.type, String.join(" / ", helps), samples);
    }

    private static void addHelp(List<String> helps, String help) {
        if (help != null && !help.isEmpty() && !helps.contains(help)) {
            helps.add(help);
        }
    }
}
