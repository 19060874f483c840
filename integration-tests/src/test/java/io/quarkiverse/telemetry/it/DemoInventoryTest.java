package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.it.BackstageMetricsTable.Row;
import io.quarkiverse.telemetry.it.catalog.CatalogProcessing;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The inventory the demo's build writes ({@code target/telemetry/inventory.json}) lists what the demo emits: each of
 * Backstage's metrics the demo has, with its kind, unit, description and attribute keys as Backstage's table has them,
 * plus the demo's own {@code plugin.requests}, nothing computed at run time; what scheduled work records is marked so;
 * and every instrument the running SDK holds for a plugin is in it.
 */
@QuarkusTest
@TestProfile(OneOffMetricsOffTest.DeprecatedOff.class)
public class DemoInventoryTest {

    static final Path INVENTORY = Path.of("target", "telemetry", "inventory.json");

    @Inject
    InMemoryMetricReader sdk;

    @Test
    void listsBackstagesMetricsAsTheTableHasThem() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (Row row : BackstageMetricsTable.rows()) {
            if (row.set().equals("current") && row.demo().equals("exact")) {
                expected.put(row.plugin() + " " + row.name(), row.kind().replace(' ', '_') + " unit="
                        + (row.unit().equals("-") ? "" : row.unit()) + " description=" + row.description()
                        + " attributes=" + new TreeSet<>(row.attributes().keySet()) + " complete");
            }
        }
        for (String plugin : List.of("catalog", "scaffolder")) {
            expected.put(plugin + " plugin.requests", "counter unit= description=Requests a plugin served attributes=[]"
                    + " complete");
        }

        Map<String, String> listed = new TreeMap<>();
        List<String> computed = new ArrayList<>();
        for (JsonNode plugin : inventory().get("plugins")) {
            plugin.get("computedNames").forEach(site -> computed.add(site.asText()));
            for (JsonNode instrument : plugin.get("instruments")) {
                Set<String> keys = new TreeSet<>();
                instrument.get("attributes").forEach(attribute -> keys.add(attribute.get("key").asText()));
                listed.put(plugin.get("id").asText() + " " + instrument.get("name").asText(),
                        instrument.get("kind").asText() + " unit=" + instrument.get("unit").asText() + " description="
                                + instrument.get("description").asText() + " attributes=" + keys
                                + (instrument.get("attributesComplete").asBoolean() ? " complete" : " and more"));
            }
        }
        assertEquals(expected, listed);
        assertEquals(List.of(), computed);
    }

    /** The catalog's processing runs on a schedule: what its class creates is marked as counted by scheduled work. */
    @Test
    void marksWhatScheduledWorkRecords() throws IOException {
        Map<String, String> scheduled = new TreeMap<>();
        for (JsonNode plugin : inventory().get("plugins")) {
            for (JsonNode instrument : plugin.get("instruments")) {
                if (!instrument.get("scheduledBy").isEmpty()) {
                    scheduled.put(instrument.get("name").asText(), instrument.get("scheduledBy").toString());
                }
            }
        }
        String refresh = "[\"" + CatalogProcessing.class.getName() + ".scheduledRefresh\"]";
        Map<String, String> expected = new TreeMap<>();
        for (String name : List.of("catalog.processed.entities.count", "catalog.processing.duration",
                "catalog.processors.duration", "catalog.processing.queue.delay", "catalog.stitched.entities.count",
                "catalog.stitching.duration", "catalog.stitching.queue.delay")) {
            expected.put(name, refresh);
        }
        assertEquals(expected, scheduled);
    }

    @Test
    void everyInstrumentThatRunsIsListed() throws IOException {
        BackstageMetricsTable.recordEveryOutcome();
        Set<String> listed = new TreeSet<>();
        for (JsonNode plugin : inventory().get("plugins")) {
            plugin.get("instruments").forEach(instrument -> listed.add(plugin.get("scope").asText() + " "
                    + instrument.get("name").asText()));
        }
        Set<String> running = new TreeSet<>();
        for (MetricData metric : sdk.collectAllMetrics()) {
            String scope = metric.getInstrumentationScopeInfo().getName();
            if (scope.startsWith(BackstageNaming.pluginScope(""))) {
                running.add(scope + " " + metric.getName());
            }
        }
        assertEquals(listed, running);
    }

    private static JsonNode inventory() throws IOException {
        return new ObjectMapper().readTree(INVENTORY.toFile());
    }
}
