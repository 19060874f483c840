package io.quarkiverse.telemetry.deployment.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.deployment.plugin.InventoriedInstrument;
import io.quarkiverse.telemetry.deployment.plugin.InventoriedSpan;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;

/**
 * An application's telemetry as a semantic-convention registry: each plugin's metrics and spans in OpenTelemetry
 * Weaver's terms, what the build could not know left empty rather than guessed. Built from the inventory
 * ({@link #of}), written as Weaver's YAML and read back from a baseline's files ({@link RegistryYaml}).
 *
 * @param version the application's version the registry describes
 * @param plugins each plugin's telemetry, by plugin id
 */
public record TelemetryRegistry(String version, List<Plugin> plugins) {

    /** The attribute type written when the code does not show one. */
    public static final String ANY_TYPE = "any";

    /**
     * One plugin's telemetry.
     *
     * @param id the plugin id
     * @param scope the instrumentation scope its metrics and spans are exported under by default
     * @param moduleIds its modules that inject a service
     * @param metrics its metrics with constant names, by name
     * @param spans its spans with constant names, by name
     * @param computedMetricNames the methods that create a metric whose name is computed at run time
     * @param computedSpanNames the methods that start a span whose name is computed at run time
     */
    public record Plugin(String id, String scope, List<String> moduleIds, List<Metric> metrics, List<Span> spans,
            List<String> computedMetricNames, List<String> computedSpanNames) {
    }

    /**
     * One metric.
     *
     * @param name its name
     * @param moduleId the module that creates it, empty for the plugin itself
     * @param instrument Weaver's instrument: {@code counter}, {@code updowncounter}, {@code histogram} or {@code gauge}
     * @param valueType {@code int} or {@code double}
     * @param unit its unit, empty when computed at run time
     * @param brief its description, empty when computed at run time
     * @param attributes each attribute key recorded on it, with its type ({@value #ANY_TYPE} when not known)
     * @param attributesComplete whether those are all the keys it is recorded with
     * @param buckets a histogram's bucket boundaries unless a view replaces them; empty when not a histogram or
     *        computed at run time
     * @param deprecated its deprecation, if it is deprecated
     */
    public record Metric(String name, String moduleId, String instrument, String valueType, Optional<String> unit,
            Optional<String> brief, Map<String, String> attributes, boolean attributesComplete,
            Optional<List<Double>> buckets, Optional<Deprecation> deprecated) {
    }

    /**
     * One span.
     *
     * @param name its name
     * @param moduleId the module that starts it, empty for the plugin itself
     * @param kind its span kind in lower case, empty when computed at run time
     */
    public record Span(String name, String moduleId, Optional<String> kind) {
    }

    /**
     * Why a metric is deprecated, in Weaver's structured form.
     *
     * @param reason {@code renamed} or {@code obsoleted}
     * @param renamedTo the metric that replaces it, when renamed
     * @param note what the code says
     */
    public record Deprecation(String reason, Optional<String> renamedTo, String note) {
    }

    /** The registry of what the inventory found. */
    public static TelemetryRegistry of(String version, List<PluginInventory> inventory) {
        List<Plugin> plugins = new ArrayList<>();
        for (PluginInventory plugin : inventory) {
            plugins.add(new Plugin(plugin.pluginId(), plugin.defaultScope(), plugin.moduleIds(),
                    plugin.instruments().stream().map(TelemetryRegistry::metric).toList(),
                    plugin.spans().stream().map(TelemetryRegistry::span).toList(), plugin.computedNames(),
                    plugin.computedSpanNames()));
        }
        return new TelemetryRegistry(version, List.copyOf(plugins));
    }

    /** Weaver's instrument for a kind: observable instruments are named as their synchronous twins. */
    static String instrument(InstrumentKind kind) {
        return switch (kind) {
            case COUNTER, OBSERVABLE_COUNTER -> "counter";
            case UP_DOWN_COUNTER, OBSERVABLE_UP_DOWN_COUNTER -> "updowncounter";
            case HISTOGRAM -> "histogram";
            case GAUGE, OBSERVABLE_GAUGE -> "gauge";
        };
    }

    private static Metric metric(InventoriedInstrument instrument) {
        Map<String, String> attributes = new TreeMap<>();
        instrument.attributes().keySet()
                .forEach(key -> attributes.put(key, instrument.attributeTypes().getOrDefault(key, ANY_TYPE)));
        Optional<Deprecation> deprecated = instrument.deprecated().filter(note -> !note.isEmpty())
                .map(note -> instrument.renamedTo().filter(name -> !name.isEmpty())
                        .map(name -> new Deprecation("renamed", Optional.of(name), note))
                        .orElseGet(() -> new Deprecation("obsoleted", Optional.empty(), note)));
        return new Metric(instrument.name(), instrument.moduleId(), instrument(instrument.kind()),
                instrument.doubles() ? "double" : "int", instrument.unit(),
                instrument.description().map(description -> description.isEmpty() ? instrument.name() : description),
                attributes, instrument.attributesComplete(), instrument.buckets(), deprecated);
    }

    private static Span span(InventoriedSpan span) {
        return new Span(span.name(), span.moduleId(),
                span.kinds().map(kinds -> kinds.get(0).toLowerCase(Locale.ROOT)));
    }
}
