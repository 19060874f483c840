package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Backstage's one-off metrics flow beside the service's in the same scrape, under their old names, each help text
 * starting with DEPRECATED; where an old name is the new metric's Prometheus name, one family holds both series.
 */
@QuarkusTest
public class OneOffMetricsTest {

    private static final String SCOPE = "otel_scope_name=\"backstage-plugin-scaffolder\"";

    @Test
    void oneOffMetricsFlowInParallel() {
        String before = Scrapes.scrape();
        Scaffolder.run("react-app", "oneoff-erin");
        given().post("/catalog/entities/refresh").then().statusCode(200);
        String after = Scrapes.scrape();

        // merged with its successor: one family, old series without otel_scope_name, new ones with it
        assertEquals(1, after.lines().filter("# TYPE scaffolder_task_count_total counter"::equals).count(), after);
        assertTrue(after.contains("# HELP scaffolder_task_count_total DEPRECATED, removed in the next release: use"
                + " scaffolder.task.count / Total number of scaffolder tasks executed"), after);
        Scrapes.assertIncrease(before, after,
                "scaffolder_task_count_total{result=\"ok\",template=\"react-app\",}", 1);
        Scrapes.assertIncrease(before, after,
                "scaffolder_task_count_total{" + SCOPE + ",result=\"ok\",template=\"react-app\",}", 1);
        // an old name of its own
        assertTrue(after.contains("# HELP scaffolder_task_duration DEPRECATED, removed in the next release: use"
                + " scaffolder.task.duration\n# TYPE scaffolder_task_duration histogram"), after);
        Scrapes.assertIncrease(before, after, "scaffolder_task_duration_count{result=\"ok\",template=\"react-app\",}", 1);

        for (String family : List.of("catalog_processed_entities_count_total counter",
                "catalog_processing_duration_seconds histogram", "catalog_processors_duration_seconds histogram",
                "catalog_processing_queue_delay_seconds histogram", "catalog_stitched_entities_count_total counter",
                "scaffolder_task_count_total counter", "scaffolder_task_duration histogram",
                "scaffolder_step_count_total counter", "scaffolder_step_duration histogram")) {
            String name = family.split(" ")[0];
            assertEquals(1, after.lines().filter(line -> line.startsWith("# TYPE " + name + " ")).count(), family);
            assertTrue(after.contains("# TYPE " + family + "\n"), family + " in\n" + after);
            assertTrue(after.lines().anyMatch(line -> line.startsWith("# HELP " + name + " DEPRECATED")), family);
            assertTrue(after.lines().anyMatch(line -> line.startsWith(name.replace("_total", "")) && !line.contains(
                    "otel_scope_name") && !line.startsWith("#")), "a one-off series of " + family);
        }
    }

    /**
     * A deprecated histogram counts each observation in the same bucket as the plugin's OpenTelemetry histogram of the
     * same observations (the same boundaries): Micrometer's distribution summary rounded sub-second values up to whole
     * numbers, so a 5 ms step counted in le="1.0" and not in le="0.01".
     */
    @Test
    void deprecatedHistogramsCountEveryValueInItsBucket() {
        String before = Scrapes.scrape();
        Scaffolder.run("react-app", "oneoff-frank");
        Scaffolder.run("react-app", "oneoff-frank");
        String after = Scrapes.scrape();

        Map<Double, Double> deprecated = bucketIncreases(before, after, "scaffolder_step_duration_bucket{", false);
        Map<Double, Double> successor = bucketIncreases(before, after, "scaffolder_step_duration_seconds_bucket{", true);
        assertEquals(6.0, successor.get(Double.POSITIVE_INFINITY), "three steps, twice: " + successor);
        assertTrue(successor.get(0.5) > 0, "steps take less than half a second: " + successor);
        assertEquals(successor, deprecated);
    }

    /** How much each bucket of react-app's series of one family rose, summed over the other labels, by bound. */
    private static Map<Double, Double> bucketIncreases(String before, String after, String prefix, boolean plugin) {
        Map<Double, Double> increases = new TreeMap<>();
        after.lines().filter(line -> line.startsWith(prefix) && line.contains("template=\"react-app\"")
                && line.contains(SCOPE) == plugin).forEach(line -> {
                    String series = line.substring(0, line.lastIndexOf(' '));
                    Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(series);
                    assertTrue(le.find(), line);
                    double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    increases.merge(bound, Scrapes.value(after, series) - Scrapes.value(before, series), Double::sum);
                });
        return increases;
    }
}
