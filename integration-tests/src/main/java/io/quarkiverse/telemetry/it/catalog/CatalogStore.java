package io.quarkiverse.telemetry.it.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.PluginRequests;
import io.quarkus.runtime.Startup;

/** Keeps the entities in memory and reports them; seeded at start-up, before any request. */
@Startup
@ApplicationScoped
public class CatalogStore {

    static final AttributeKey<String> KIND = AttributeKey.stringKey("kind");
    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

    private final Map<String, Entity> entities = new ConcurrentHashMap<>();
    private final LongCounter processed;
    private final DoubleHistogram processingDuration;
    private final LongCounter requests;

    @Inject
    public CatalogStore(@PluginTelemetry TelemetryService telemetry) {
        processed = telemetry.createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Amount of entities processed").build());
        processingDuration = telemetry.createHistogram("catalog.processing.duration", MetricOptions.builder()
                .description("Time spent processing an entity").unit("s")
                .explicitBucketBoundaries(List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0)).build());
        requests = PluginRequests.counter(telemetry);
        telemetry.createObservableGauge("catalog.entities",
                MetricOptions.builder().description("Entities in the catalog, by kind").unit("{entity}").build(),
                measurement -> countByKind().forEach((kind, count) -> measurement.record(count, Attributes.of(KIND, kind))));
        // seeded while the application starts: these values are in the very first scrape
        add(new Entity("Location", "bootstrap"));
    }

    /** Adds or replaces an entity; the result says which. */
    public String add(Entity entity) {
        long start = System.nanoTime();
        requests.add(1);
        String result = entities.put(entity.kind() + ":" + entity.name(), entity) == null ? "changed" : "unchanged";
        processed.add(1, Attributes.of(RESULT, result));
        processingDuration.record((System.nanoTime() - start) / 1e9, Attributes.of(RESULT, result));
        return result;
    }

    public List<Entity> list() {
        requests.add(1);
        return List.copyOf(entities.values());
    }

    private Map<String, Long> countByKind() {
        return entities.values().stream().collect(Collectors.groupingBy(Entity::kind, Collectors.counting()));
    }
}
