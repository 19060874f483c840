package io.quarkiverse.telemetry.it.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.it.Scrapes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;

/**
 * Backstage's catalog processing and stitching metrics, driven over HTTP: entities that process changed, unchanged,
 * with errors and failed, then stitched; each family's name, type, unit suffix, attributes and values from a scrape.
 */
@QuarkusTest
public class CatalogProcessingTest {

    private static final String SCOPE = "otel_scope_name=\"backstage-plugin-catalog\"";

    @Inject
    CatalogGauges gauges;

    @Test
    void processingOutcomesAndStitchingAreMeasured() {
        add("{\"kind\":\"Component\",\"name\":\"processing-ok\",\"dependsOn\":[\"API:payments\"]}");
        add("{\"kind\":\"Component\",\"name\":\"processing-errors\",\"dependsOn\":[\"not a reference\"]}");
        add("{\"kind\":\"Component\",\"name\":\"not a valid name!\"}");
        String before = Scrapes.scrape();

        Map<String, Integer> first = refresh();
        assertTrue(first.get("processed changed") >= 1, first.toString());
        assertTrue(first.get("processed errors") >= 1, first.toString());
        assertTrue(first.get("processed failed") >= 1, first.toString());
        assertTrue(first.get("stitched changed") >= 2, "changed and errored entities are stitched: " + first);
        String after = Scrapes.scrape();

        for (String result : List.of("changed", "unchanged", "errors", "failed")) {
            Scrapes.assertIncrease(before, after, "catalog_processed_entities_count_total{" + SCOPE + ",result=\""
                    + result + "\",}", first.getOrDefault("processed " + result, 0));
        }
        for (String result : List.of("changed", "unchanged", "errors")) {
            Scrapes.assertIncrease(before, after, "catalog_processing_duration_seconds_count{" + SCOPE + ",result=\""
                    + result + "\",}", first.getOrDefault("processed " + result, 0));
        }
        int processed = first.entrySet().stream().filter(e -> e.getKey().startsWith("processed "))
                .mapToInt(Map.Entry::getValue).sum();
        int stitched = first.entrySet().stream().filter(e -> e.getKey().startsWith("stitched "))
                .mapToInt(Map.Entry::getValue).sum();
        Scrapes.assertIncrease(before, after, "catalog_processing_queue_delay_seconds_count{" + SCOPE + ",}", processed);
        Scrapes.assertIncrease(before, after, "catalog_stitching_queue_delay_seconds_count{" + SCOPE + ",}", stitched);
        Scrapes.assertIncrease(before, after, "catalog_stitched_entities_count_total{" + SCOPE + ",result=\"changed\",}",
                first.get("stitched changed"));
        Scrapes.assertIncrease(before, after, "catalog_stitching_duration_seconds_count{" + SCOPE
                + ",result=\"changed\",}", first.get("stitched changed"));
        // as Backstage times them: once per run that did not throw, failed when the processors reported errors
        Scrapes.assertIncrease(before, after, "catalog_processors_duration_seconds_count{" + SCOPE
                + ",result=\"failed\",}", first.get("processed errors"));
        Scrapes.assertIncrease(before, after, "catalog_processors_duration_seconds_count{" + SCOPE + ",result=\"ok\",}",
                first.getOrDefault("processed changed", 0) + first.getOrDefault("processed unchanged", 0));

        // again: nothing changed, the errors remain and are stitched again unchanged, the invalid name fails again
        Map<String, Integer> second = refresh();
        assertTrue(second.get("processed unchanged") >= 1, second.toString());
        assertTrue(second.get("processed errors") >= 1, second.toString());
        assertTrue(second.get("processed failed") >= 1, second.toString());
        assertTrue(second.get("stitched unchanged") >= 1, second.toString());

        gauges.expireCaches();
        String types = Scrapes.scrape();
        assertEquals(0.0, Scrapes.value(types, "catalog_stitching_queue_length{" + SCOPE + ",}"), "the queue is empty");
        for (String family : List.of("catalog_processed_entities_count_total counter",
                "catalog_processing_duration_seconds histogram", "catalog_processors_duration_seconds histogram",
                "catalog_processing_queue_delay_seconds histogram", "catalog_stitched_entities_count_total counter",
                "catalog_stitching_duration_seconds histogram", "catalog_stitching_queue_length gauge",
                "catalog_stitching_queue_delay_seconds histogram")) {
            assertTrue(types.contains("# TYPE " + family + "\n"), family + " in\n" + types);
        }
    }

    private static Map<String, Integer> refresh() {
        return given().post("/catalog/entities/refresh").then().statusCode(200).extract()
                .as(new TypeRef<Map<String, Integer>>() {
                });
    }

    private static void add(String entity) {
        given().contentType(ContentType.JSON).body(entity).post("/catalog/entities").then().statusCode(200);
    }
}
