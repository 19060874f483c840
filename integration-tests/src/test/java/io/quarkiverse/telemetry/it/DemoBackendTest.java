package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;

/**
 * Drives the demo backend's two plugins over HTTP and reads the scrape Prometheus would: plugin metrics with their
 * scope, beside Micrometer's meters, checked by promtool.
 */
@QuarkusTest
public class DemoBackendTest {

    private static final String CATALOG = "otel_scope_name=\"backstage-plugin-catalog\"";
    private static final String SCAFFOLDER = "otel_scope_name=\"backstage-plugin-scaffolder\"";

    @Test
    void pluginMetricsAreScrapedWithTheirScopeAndPassPromtool() {
        String before = Scrapes.scrape();
        // seeded by a @Startup bean while the application started, before any request
        assertEquals(1.0, Scrapes.value(before, "catalog_entities_count{kind=\"location\"," + CATALOG + ",}"), before);
        // processed at start-up: changed, or unchanged when an application started before in this JVM left it in the
        // in-memory database
        assertTrue(Scrapes.value(before, "catalog_processed_entities_count_total{" + CATALOG + ",result=\"changed\",}")
                + Scrapes.value(before, "catalog_processed_entities_count_total{" + CATALOG + ",result=\"unchanged\",}") >= 1,
                before);

        given().contentType(ContentType.JSON).body("{\"kind\":\"System\",\"name\":\"demo-checkout\"}")
                .post("/catalog/entities").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"kind\":\"Group\",\"name\":\"demo-payments\"}")
                .post("/catalog/entities").then().statusCode(200);
        Map<String, Integer> refreshed = given().post("/catalog/entities/refresh").then().statusCode(200).extract()
                .as(new TypeRef<Map<String, Integer>>() {
                });
        Scaffolder.run("react-app", "alice");
        Scaffolder.run("broken", "bob");
        String scrape = Scrapes.scrape();

        // other tests share this application: compare with the scrape before, and with what the refresh did
        assertTrue(refreshed.get("processed changed") >= 2, refreshed.toString());
        assertTrue(refreshed.get("processed unchanged") >= 1, "the bootstrap location, processed before: " + refreshed);
        Scrapes.assertIncrease(before, scrape, "catalog_processed_entities_count_total{" + CATALOG + ",result=\"changed\",}",
                refreshed.get("processed changed"));
        Scrapes.assertIncrease(before, scrape, "catalog_processed_entities_count_total{" + CATALOG + ",result=\"unchanged\",}",
                refreshed.get("processed unchanged"));
        Scrapes.assertIncrease(before, scrape, "catalog_processing_duration_seconds_count{" + CATALOG + ",result=\"changed\",}",
                refreshed.get("processed changed"));
        Scrapes.assertIncrease(before, scrape,
                "catalog_processing_duration_seconds_bucket{le=\"60.0\"," + CATALOG + ",result=\"changed\",}",
                refreshed.get("processed changed"));
        // the gauge counts rows at most once per cache-ttl (2 s in tests): wait for its next count
        Eventually.await(Duration.ofSeconds(10), () -> Scrapes.value(Scrapes.scrape(),
                "catalog_entities_count{kind=\"group\"," + CATALOG + ",}") == 1, "the new kinds in the gauge");
        assertEquals(1.0, Scrapes.value(Scrapes.scrape(), "catalog_entities_count{kind=\"system\"," + CATALOG + ",}"));
        Scrapes.assertIncrease(before, scrape,
                "scaffolder_task_count_total{" + SCAFFOLDER + ",result=\"ok\",template=\"react-app\",}", 1);
        Scrapes.assertIncrease(before, scrape,
                "scaffolder_task_count_total{" + SCAFFOLDER + ",result=\"failed\",template=\"broken\",}", 1);
        Scrapes.assertIncrease(before, scrape,
                "scaffolder_task_duration_seconds_count{" + SCAFFOLDER + ",result=\"ok\",template=\"react-app\",}", 1);
        assertTrue(scrape.contains("# TYPE scaffolder_task_duration_seconds histogram"), scrape);

        // both plugins count "plugin.requests": one family, told apart by scope
        assertEquals(1, scrape.lines().filter("# TYPE plugin_requests_total counter"::equals).count(), scrape);
        assertTrue(Scrapes.value(scrape, "plugin_requests_total{" + CATALOG + ",}") > Scrapes.value(before,
                "plugin_requests_total{"
                        + CATALOG + ",}"),
                scrape);
        assertTrue(Scrapes.value(scrape, "plugin_requests_total{" + SCAFFOLDER + ",}")
                - Scrapes.value(before, "plugin_requests_total{" + SCAFFOLDER + ",}") >= 2, scrape);

        // Micrometer's own meters come in the same scrape
        assertTrue(scrape.contains("# TYPE http_server_requests_seconds summary"), scrape);

        Promtool.Result whole = Promtool.checkMetrics(scrape);
        Set<String> ours = familiesWithSeriesFromOpenTelemetry(scrape);
        List<String> ourProblems = whole.problems().stream()
                .filter(problem -> ours.contains(problem.split(" ")[0])).sorted().toList();
        assertEquals(Promtool.backstageGaugeFindings(), ourProblems, "promtool on the plugin metrics of:\n" + scrape);
        Set<String> linted = new HashSet<>(ours);
        linted.removeAll(Promtool.BACKSTAGE_GAUGES);
        assertEquals(new Promtool.Result(0, List.of()), Promtool.checkMetrics(onlyFamilies(scrape, linted)),
                "promtool on the families this extension serves");
    }

    @Test
    void openMetricsScrapeEndsWithEof() {
        String scrape = given().accept("application/openmetrics-text; version=1.0.0; charset=utf-8").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("# TYPE catalog_processed_entities_count counter"), scrape);
        assertTrue(scrape.endsWith("# EOF\n"), scrape);
    }

    @Test
    void wellnessReportsTheScrapeAndTheSdk() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'telemetry exporters' }.data.sdk", org.hamcrest.Matchers.equalTo("bound"))
                .body("checks.find { it.name == 'telemetry exporters' }.data.'telemetry.metrics.exporters'",
                        org.hamcrest.Matchers.equalTo("UP: pulled at /q/metrics"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The families that have a series carrying {@code otel_scope_name}, plus the resource's {@code target_info}. */
    private static Set<String> familiesWithSeriesFromOpenTelemetry(String scrape) {
        Set<String> families = scrape.lines().filter(l -> l.startsWith("# TYPE ")).map(l -> l.split(" ")[2])
                .filter(family -> scrape.lines().anyMatch(l -> l.startsWith(family) && l.contains("otel_scope_name=")))
                .collect(Collectors.toSet());
        families.add("target_info");
        return families;
    }

    /** The HELP, TYPE and sample lines of the given families only. */
    private static String onlyFamilies(String scrape, Set<String> families) {
        StringBuilder selected = new StringBuilder();
        String current = null;
        for (String line : scrape.lines().toList()) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                current = line.split(" ")[2];
            }
            if (families.contains(current)) {
                selected.append(line).append('\n');
            }
        }
        return selected.toString();
    }
}
