package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Backstage's deprecated metrics are served apart, at {@code /metrics}, as prom-client served them: counters under
 * their bare names, the catalog's durations as summaries, the scaffolder's as histograms whose sub-second buckets
 * count sub-second values; none of them is in {@code /q/metrics}; promtool reads them and objects only to Backstage's
 * own names (counters without {@code _total}, gauges ending in {@code _count}). Each family row by row:
 * {@link BackstageDeprecatedMetricsTest}.
 */
@QuarkusTest
public class OneOffMetricsTest {

    /** Backstage's deprecated names that promtool's lint objects to. */
    private static final Set<String> LINTED = Set.of("catalog_processed_entities_count", "catalog_stitched_entities_count",
            "scaffolder_task_count", "scaffolder_step_count", "catalog_entities_count", "catalog_registered_locations_count",
            "catalog_relations_count");

    static String deprecatedScrape() {
        return given().get("/metrics").then().statusCode(200)
                .contentType(allOf(startsWith("text/plain"), containsString("version=0.0.4"))).extract().asString();
    }

    @Test
    void servedApartAsPromClientServedThem() {
        String before = deprecatedScrape();
        Scaffolder.run("react-app", "oneoff-erin");
        given().post("/catalog/entities/refresh").then().statusCode(200);
        String after = deprecatedScrape();

        Scrapes.assertIncrease(before, after, "scaffolder_task_count{template=\"react-app\",result=\"ok\"}", 1);
        assertTrue(after.contains("# TYPE scaffolder_task_count counter\n"), after);
        assertTrue(after.contains("# TYPE catalog_processing_duration_seconds summary\n"), after);
        assertTrue(after.lines().anyMatch(line -> line.startsWith("catalog_processing_duration_seconds{result=")
                && line.contains(",quantile=\"0.999\"} ")), after);
        assertFalse(after.contains("_created") || after.contains("_total"), after);

        String current = Scrapes.scrape();
        assertFalse(current.contains("DEPRECATED") || current.contains("scaffolder_task_count{")
                || current.contains("# TYPE catalog_processing_duration_seconds summary"), current);

        Promtool.Result lint = Promtool.checkMetrics(after);
        assertTrue(lint.problems().stream().allMatch(problem -> LINTED.contains(problem.split(" ")[0])),
                () -> lint.problems().toString());
        assertEquals(LINTED, Set.copyOf(lint.problems().stream().map(problem -> problem.split(" ")[0]).toList()));
    }

    /** Sub-second durations count in sub-second buckets (Micrometer's distribution summary rounded them up to 1). */
    @Test
    void subSecondDurationsCountInSubSecondBuckets() {
        String before = deprecatedScrape();
        Scaffolder.run("react-app", "oneoff-frank");
        Scaffolder.run("react-app", "oneoff-frank");
        String after = deprecatedScrape();

        Scrapes.assertIncrease(before, after,
                "scaffolder_step_duration_bucket{template=\"react-app\",step=\"log\",result=\"ok\",le=\"0.5\"}", 2);
        Scrapes.assertIncrease(before, after,
                "scaffolder_step_duration_bucket{template=\"react-app\",step=\"log\",result=\"ok\",le=\"+Inf\"}", 2);
    }
}
