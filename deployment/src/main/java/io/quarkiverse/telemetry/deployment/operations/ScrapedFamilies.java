package io.quarkiverse.telemetry.deployment.operations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.Type;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.deployment.plugin.InventoriedInstrument;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;
import io.quarkiverse.telemetry.runtime.prometheus.MetricSnapshotsCollector;

/**
 * The Prometheus family the scrape serves for an instrument of the inventory, worked out by the scrape's own code
 * rather than by a copy of its naming rules: the instrument is created in a throwaway OpenTelemetry SDK with
 * OpenTelemetry's {@code PrometheusMetricReader}, measured once with each of its attribute keys, and collected through
 * this extension's {@link MetricSnapshotsCollector}, as {@code /q/metrics} does. Unit suffixes, {@code _total}, label
 * names sanitised from attribute keys: all come out as the running application writes them.
 */
final class ScrapedFamilies {

    private static final Logger LOG = Logger.getLogger(ScrapedFamilies.class);

    /** The label that carries the instrumentation scope. */
    static final String SCOPE_LABEL = "otel_scope_name";
    private static final Set<String> NOT_ATTRIBUTES = Set.of(SCOPE_LABEL, "otel_scope_version", "le");

    /**
     * One instrument's family in the scrape.
     *
     * @param name the family's name; its samples are {@code name_total} (counters), {@code name_bucket}, {@code _count}
     *        and {@code _sum} (histograms), or {@code name} (gauges)
     * @param type its Prometheus type
     * @param labels the labels its attributes become (without {@value #SCOPE_LABEL}), sorted
     */
    record Family(String name, Type type, List<String> labels) {

        /** The sample that counts: {@code name_total} for a counter, {@code name_count} for a histogram. */
        String countSample() {
            return type == Type.HISTOGRAM ? name + "_count" : name + "_total";
        }
    }

    private ScrapedFamilies() {
    }

    /**
     * The instrument's family, or empty when the code computes its unit (which its name depends on). A failure to
     * work it out leaves the instrument out of the rules and dashboards, with a warning: those files never fail a
     * build.
     */
    static Optional<Family> of(PluginInventory plugin, InventoriedInstrument instrument) {
        if (instrument.unit().isEmpty()) {
            return Optional.empty();
        }
        try {
            return scrape(plugin, instrument);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Instrument '%s' of plugin '%s' is left out of the Prometheus rules and Grafana dashboards:"
                    + " its Prometheus family could not be worked out", instrument.name(), plugin.pluginId());
            return Optional.empty();
        }
    }

    private static Optional<Family> scrape(PluginInventory plugin, InventoriedInstrument instrument) {
        PrometheusMetricReader reader = new PrometheusMetricReader(null);
        try (SdkMeterProvider provider = SdkMeterProvider.builder().registerMetricReader(reader).build()) {
            record(provider.get(plugin.defaultScope()), instrument, attributes(instrument));
            for (MetricFamilySamples family : new MetricSnapshotsCollector(reader).collect()) {
                Set<String> labels = new TreeSet<>();
                boolean scoped = false;
                for (MetricFamilySamples.Sample sample : family.samples) {
                    scoped |= sample.labelNames.contains(SCOPE_LABEL);
                    sample.labelNames.stream().filter(label -> !NOT_ATTRIBUTES.contains(label)).forEach(labels::add);
                }
                if (scoped) {
                    return Optional.of(new Family(family.name, family.type, List.copyOf(labels)));
                }
            }
        }
        return Optional.empty();
    }

    /** One value for each attribute key the inventory lists (and a module's attribute, which the service adds). */
    private static Attributes attributes(InventoriedInstrument instrument) {
        AttributesBuilder attributes = Attributes.builder();
        instrument.attributes().keySet().forEach(key -> attributes.put(key, "x"));
        if (!instrument.moduleId().isEmpty()) {
            attributes.put(BackstageNaming.MODULE_ATTRIBUTE, instrument.moduleId());
        }
        return attributes.build();
    }

    /** Creates and measures the instrument; whole numbers or doubles make no difference to the family. */
    private static void record(Meter meter, InventoriedInstrument instrument, Attributes attributes) {
        String name = instrument.name();
        String unit = instrument.unit().get();
        String description = instrument.description().orElse("");
        switch (instrument.kind()) {
            case COUNTER -> meter.counterBuilder(name).setUnit(unit).setDescription(description).build()
                    .add(1, attributes);
            case UP_DOWN_COUNTER -> meter.upDownCounterBuilder(name).setUnit(unit).setDescription(description).build()
                    .add(1, attributes);
            case HISTOGRAM -> meter.histogramBuilder(name).setUnit(unit).setDescription(description).build()
                    .record(1, attributes);
            case GAUGE -> meter.gaugeBuilder(name).setUnit(unit).setDescription(description).build()
                    .set(1, attributes);
            case OBSERVABLE_COUNTER -> meter.counterBuilder(name).setUnit(unit).setDescription(description)
                    .buildWithCallback(measurement -> measurement.record(1, attributes));
            case OBSERVABLE_UP_DOWN_COUNTER -> meter.upDownCounterBuilder(name).setUnit(unit)
                    .setDescription(description).buildWithCallback(measurement -> measurement.record(1, attributes));
            case OBSERVABLE_GAUGE -> meter.gaugeBuilder(name).setUnit(unit).setDescription(description)
                    .buildWithCallback(measurement -> measurement.record(1, attributes));
        }
    }
}
