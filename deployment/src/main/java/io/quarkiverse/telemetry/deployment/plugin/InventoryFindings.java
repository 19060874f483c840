package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Attributes;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Instrument;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Options;

/**
 * What {@link PluginCodeReader} finds, gathered per plugin and instrument while it reads: one instrument is one name in
 * one plugin (OpenTelemetry compares names without case), however many places create or record it.
 */
final class InventoryFindings {

    /** One instrument's facts, the first creation's options kept. */
    private static final class Facts {
        final Instrument instrument;
        Options options;
        boolean optionsKnown;
        final Map<String, Set<String>> attributes = new TreeMap<>();
        /** Each key's value types seen; {@code null} among them when some recording does not show it. */
        final Map<String, Set<String>> attributeTypes = new HashMap<>();
        /** Per recording instruction: whether its keys are all known, {@code null} while no reading knows them. */
        final Map<String, Boolean> readings = new HashMap<>();
        final Set<String> createdIn = new LinkedHashSet<>();
        /** The classes whose code creates or records it (those with the injection points). */
        final Set<String> origins = new TreeSet<>();
        /** Each kind the name is requested as, with its first requester. */
        final Map<InstrumentKind, String> requestedAs = new LinkedHashMap<>();
        final Set<String> recordedIn = new LinkedHashSet<>();

        Facts(Instrument instrument) {
            this.instrument = instrument;
        }
    }

    /** One span's facts: its owner, the kinds it is started as ({@code null}: computed) and where. */
    private record SpanFacts(PluginOwner owner, String name, Set<String> kinds, Set<String> startedIn) {
    }

    private final Map<String, Facts> instruments = new LinkedHashMap<>();
    private final Map<String, SpanFacts> spans = new LinkedHashMap<>();
    /** Spans started with a name computed at run time, by plugin id: site → instruction. */
    private final Map<String, Map<String, String>> computedSpanNames = new TreeMap<>();
    /** The instructions that start a span of a known name in some reading. */
    private final Set<String> namedSpans = new HashSet<>();
    /** Creations with a name computed at run time, by plugin id: site → instruction. */
    private final Map<String, Map<String, String>> computedNames = new TreeMap<>();
    /** The instructions that create an instrument of a known name in some reading. */
    private final Set<String> namedCreations = new HashSet<>();

    void created(Instrument instrument, Options options, String site, String instruction, String origin) {
        Facts facts = facts(instrument);
        facts.origins.add(origin);
        if (!facts.optionsKnown) {
            facts.options = options;
            facts.optionsKnown = true;
        }
        facts.createdIn.add(site);
        facts.requestedAs.putIfAbsent(instrument.kind(), instrument.owner() + " in " + site);
        namedCreations.add(instruction);
    }

    void computedName(PluginOwner owner, String site, String instruction) {
        computedNames.computeIfAbsent(owner.pluginId(), id -> new LinkedHashMap<>()).putIfAbsent(instruction, site);
    }

    /** A span started with a constant name, of this kind ({@code null}: computed at run time). */
    void spanStarted(PluginOwner owner, String name, String kind, String site, String instruction) {
        SpanFacts facts = spans.computeIfAbsent(owner.pluginId() + "/" + name,
                key -> new SpanFacts(owner, name, new TreeSet<>(Comparator.nullsFirst(String::compareTo)),
                        new LinkedHashSet<>()));
        facts.kinds().add(kind);
        facts.startedIn().add(site);
        namedSpans.add(instruction);
    }

    void computedSpanName(PluginOwner owner, String site, String instruction) {
        computedSpanNames.computeIfAbsent(owner.pluginId(), id -> new LinkedHashMap<>()).putIfAbsent(instruction, site);
    }

    /**
     * A measurement, or a binding, of the instrument with these attributes ({@code null}: not known in this reading).
     * A method read on its own may not know what a later reading, with its caller's arguments, does: an instruction's
     * keys are known once any reading knows them.
     */
    void recorded(Instrument instrument, Attributes attributes, String site, String instruction, String origin) {
        Facts facts = facts(instrument);
        facts.origins.add(origin);
        facts.recordedIn.add(site);
        Boolean complete = facts.readings.get(instruction);
        if (attributes == null) {
            facts.readings.putIfAbsent(instruction, null);
            return;
        }
        facts.readings.put(instruction, (complete == null || complete) && attributes.complete());
        attributes.keys().forEach((key, type) -> {
            facts.attributes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(site);
            facts.attributeTypes.computeIfAbsent(key, k -> new HashSet<>()).add(type);
        });
    }

    private Facts facts(Instrument instrument) {
        return instruments.computeIfAbsent(
                instrument.owner().pluginId() + "/" + instrument.name().toLowerCase(Locale.ROOT),
                key -> new Facts(instrument));
    }

    /**
     * The inventory of each of these plugins and modules, by plugin id, instruments by name.
     *
     * @param scheduledMethods the {@code @Scheduled} methods of a class (by name), as {@code class.method}
     */
    List<PluginInventory> inventory(Collection<PluginOwner> owners, Function<String, List<String>> scheduledMethods) {
        Map<String, Set<String>> modules = new TreeMap<>();
        owners.forEach(owner -> {
            Set<String> ids = modules.computeIfAbsent(owner.pluginId(), id -> new TreeSet<>());
            if (owner.isModule()) {
                ids.add(owner.moduleId());
            }
        });
        instruments.values().forEach(facts -> modules.computeIfAbsent(facts.instrument.owner().pluginId(),
                id -> new TreeSet<>()));
        spans.values().forEach(facts -> modules.computeIfAbsent(facts.owner().pluginId(), id -> new TreeSet<>()));
        List<PluginInventory> plugins = new ArrayList<>();
        modules.forEach((pluginId, moduleIds) -> {
            List<InventoriedInstrument> found = instruments.values().stream()
                    .filter(facts -> facts.instrument.owner().pluginId().equals(pluginId))
                    .map(facts -> inventoried(facts, scheduledMethods))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
            List<InventoriedSpan> started = spans.values().stream()
                    .filter(facts -> facts.owner().pluginId().equals(pluginId))
                    .map(facts -> new InventoriedSpan(facts.name(), facts.owner().moduleId(),
                            facts.kinds().contains(null) ? Optional.empty() : Optional.of(List.copyOf(facts.kinds())),
                            List.copyOf(facts.startedIn())))
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList();
            plugins.add(new PluginInventory(pluginId, List.copyOf(moduleIds), found,
                    unnamed(computedNames, namedCreations, pluginId), started,
                    unnamed(computedSpanNames, namedSpans, pluginId)));
        });
        return plugins;
    }

    /** The sites of a plugin whose creations no reading names. */
    private static List<String> unnamed(Map<String, Map<String, String>> computed, Set<String> named, String pluginId) {
        return computed.getOrDefault(pluginId, Map.of()).entrySet().stream()
                .filter(creation -> !named.contains(creation.getKey())).map(Map.Entry::getValue).distinct().toList();
    }

    private static InventoriedInstrument inventoried(Facts facts, Function<String, List<String>> scheduledMethods) {
        Instrument instrument = facts.instrument;
        Options options = facts.options;
        InstrumentKind kind = instrument.kind();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        facts.attributes.forEach((key, sites) -> attributes.put(key, List.copyOf(sites)));
        Map<String, String> attributeTypes = new TreeMap<>();
        facts.attributeTypes.forEach((key, types) -> {
            if (types.size() == 1 && !types.contains(null)) {
                attributeTypes.put(key, types.iterator().next());
            }
        });
        return new InventoriedInstrument(instrument.name(), kind, instrument.doubles(), instrument.owner().moduleId(),
                Optional.ofNullable(options == null ? null : options.description()),
                Optional.ofNullable(options == null ? null : options.unit()),
                Optional.ofNullable(options == null ? null : options.buckets()),
                Optional.ofNullable(options == null ? null : options.deprecated()),
                Optional.ofNullable(options == null ? null : options.renamedTo()),
                attributes, Collections.unmodifiableMap(attributeTypes),
                facts.readings.values().stream().allMatch(Boolean.TRUE::equals), List.copyOf(facts.createdIn),
                List.copyOf(facts.recordedIn),
                Collections.unmodifiableMap(new LinkedHashMap<>(facts.requestedAs)),
                facts.origins.stream().flatMap(origin -> scheduledMethods.apply(origin).stream()).toList());
    }
}
