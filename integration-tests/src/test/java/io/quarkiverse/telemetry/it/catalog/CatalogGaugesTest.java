package io.quarkiverse.telemetry.it.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.it.Scrapes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Backstage's catalog gauges under their Backstage names: registered locations, relations, entities by kind (a kind
 * that disappears reports 0 once, then goes); each database count runs once per time-to-live under concurrent scrapes.
 */
@QuarkusTest
public class CatalogGaugesTest {

    private static final String SCOPE = "otel_scope_name=\"backstage-plugin-catalog\"";
    private static final String LOCATIONS = "catalog_registered_locations_count{" + SCOPE + ",}";
    private static final String RELATIONS = "catalog_relations_count{" + SCOPE + ",}";

    @Inject
    CatalogGauges gauges;

    @Test
    void locationsAndRelationsAreCounted() {
        String before = freshScrape();
        register("https://github.com/acme/payments/blob/main/catalog-info.yaml");
        register("https://github.com/acme/payments/blob/main/catalog-info.yaml");
        register("https://github.com/acme/checkout/blob/main/catalog-info.yaml");
        add("{\"kind\":\"Component\",\"name\":\"gauges-checkout\",\"dependsOn\":[\"API:payments\",\"Resource:db\"]}");
        String after = freshScrape();
        Scrapes.assertIncrease(before, after, LOCATIONS, 2);
        Scrapes.assertIncrease(before, after, RELATIONS, 2);

        add("{\"kind\":\"Component\",\"name\":\"gauges-checkout\",\"dependsOn\":[\"API:payments\"]}");
        Scrapes.assertIncrease(before, freshScrape(), RELATIONS, 1);
        given().delete("/catalog/entities/Component/gauges-checkout").then().statusCode(204);
        Scrapes.assertIncrease(before, freshScrape(), RELATIONS, 0);

        String gauges = freshScrape();
        assertTrue(gauges.contains("# TYPE catalog_entities_count gauge"), gauges);
        assertTrue(gauges.contains("# TYPE catalog_registered_locations_count gauge"), gauges);
        assertTrue(gauges.contains("# TYPE catalog_relations_count gauge"), gauges);
    }

    @Test
    void aKindThatDisappearsReportsZeroOnceThenGoes() {
        String ephemeral = "catalog_entities_count{kind=\"ephemeral\"," + SCOPE + ",}";
        add("{\"kind\":\"Ephemeral\",\"name\":\"gone-soon\"}");
        assertEquals(1.0, Scrapes.value(freshScrape(), ephemeral));

        given().delete("/catalog/entities/Ephemeral/gone-soon").then().statusCode(204);
        String once = freshScrape();
        assertTrue(once.contains(ephemeral + " 0.0"), once);
        String then = Scrapes.scrape();
        assertFalse(then.contains(ephemeral), then);
    }

    @Test
    void concurrentScrapesRunEachQueryOnce() throws Exception {
        gauges.expireCaches();
        long[] before = gauges.queryRuns();
        int scrapers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(scrapers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> scrapes = IntStream.range(0, scrapers).mapToObj(i -> pool.submit(() -> {
                start.await();
                return Scrapes.scrape();
            })).toList();
            start.countDown();
            for (Future<String> scrape : scrapes) {
                assertTrue(scrape.get().contains("catalog_relations_count{"));
            }
        } finally {
            pool.shutdownNow();
        }
        long[] after = gauges.queryRuns();
        assertArrayEquals(new long[] { before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 1 }, after,
                "8 concurrent scrapes within the time-to-live: one query per gauge");
    }

    private String freshScrape() {
        gauges.expireCaches();
        return Scrapes.scrape();
    }

    private static void register(String target) {
        given().contentType(ContentType.JSON).body("{\"target\":\"" + target + "\"}").post("/catalog/locations").then()
                .statusCode(200);
    }

    private static void add(String entity) {
        given().contentType(ContentType.JSON).body(entity).post("/catalog/entities").then().statusCode(200);
    }
}
