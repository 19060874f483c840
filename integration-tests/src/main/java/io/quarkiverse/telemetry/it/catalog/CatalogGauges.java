package io.quarkiverse.telemetry.it.catalog;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.OneOffMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;

/**
 * Backstage's catalog gauges, under their Backstage names. Each counts rows in the database at collection time, at
 * most once per {@code catalog.metrics.cache-ttl} however many scrapers ask at once.
 */
@Startup
@ApplicationScoped
public class CatalogGauges {

    static final AttributeKey<String> KIND = AttributeKey.stringKey("kind");

    private final CachedQuery<Map<String, Long>> entitiesByKind;
    private final CachedQuery<Long> locations;
    private final CachedQuery<Long> relations;
    private final CachedQuery<Long> stitchingQueue;
    /** The kinds reported by the last collection: a kind that is gone reports 0 once, then disappears. */
    private final Set<String> reportedKinds = new HashSet<>();

    @Inject
    public CatalogGauges(CatalogStore store, @PluginTelemetry TelemetryService telemetry, OneOffMetrics oneOff,
            @ConfigProperty(name = "catalog.metrics.cache-ttl", defaultValue = "10s") Duration cacheTtl) {
        entitiesByKind = new CachedQuery<>(store::countByKind, cacheTtl);
        locations = new CachedQuery<>(store::countLocations, cacheTtl);
        relations = new CachedQuery<>(store::countRelations, cacheTtl);
        stitchingQueue = new CachedQuery<>(store::countStitchingQueue, cacheTtl);
        telemetry.createObservableGauge("catalog_entities_count",
                MetricOptions.builder().description("Total amount of entities in the catalog").build(),
                this::reportEntities);
        telemetry.createObservableGauge("catalog_registered_locations_count",
                MetricOptions.builder().description("Total amount of registered locations in the catalog").build(),
                measurement -> record(measurement, locations.get()));
        telemetry.createObservableGauge("catalog_relations_count",
                MetricOptions.builder().description("Total amount of relations between entities").build(),
                measurement -> record(measurement, relations.get()));
        telemetry.createObservableGauge("catalog.stitching.queue.length",
                MetricOptions.builder().description("Number of entities currently in the stitching queue").build(),
                measurement -> record(measurement, stitchingQueue.get()));
        // and Backstage's deprecated prom-client gauges, served apart, from the same counts
        String deprecated = " DEPRECATED: Please use opentelemetry metrics instead.";
        oneOff.gauge("catalog_entities_count", "Total amount of entities in the catalog." + deprecated, "kind",
                entitiesByKind::get);
        oneOff.gauge("catalog_registered_locations_count", "Total amount of registered locations in the catalog."
                + deprecated, null, () -> unlabelled(locations.get()));
        oneOff.gauge("catalog_relations_count", "Total amount of relations between entities." + deprecated, null,
                () -> unlabelled(relations.get()));
    }

    private static Map<String, Long> unlabelled(Long count) {
        return count == null ? null : Map.of("", count);
    }

    /** A count, unless there is none yet (the application stopped before the first collection). */
    private static void record(ObservableDoubleMeasurement measurement, Long count) {
        if (count != null) {
            measurement.record(count);
        }
    }

    private synchronized void reportEntities(ObservableDoubleMeasurement measurement) {
        Map<String, Long> counts = entitiesByKind.get();
        if (counts == null) {
            return;
        }
        counts.forEach((kind, count) -> measurement.record(count, Attributes.of(KIND, kind)));
        reportedKinds.stream().filter(kind -> !counts.containsKey(kind))
                .forEach(gone -> measurement.record(0, Attributes.of(KIND, gone)));
        reportedKinds.clear();
        reportedKinds.addAll(counts.keySet());
    }

    /**
     * From now on the gauges report their last counts: the final export at shutdown collects them while the datasource
     * may already be closing.
     */
    void stopQuerying(@Observes ShutdownEvent stop) {
        entitiesByKind.freeze();
        locations.freeze();
        relations.freeze();
        stitchingQueue.freeze();
    }

    /** How many times each gauge's query ran: entities, locations, relations, stitching queue. */
    long[] queryRuns() {
        return new long[] { entitiesByKind.runs(), locations.runs(), relations.runs(), stitchingQueue.runs() };
    }

    /** Makes the next collection query the database. */
    void expireCaches() {
        entitiesByKind.expire();
        locations.expire();
        relations.expire();
        stitchingQueue.expire();
    }
}
