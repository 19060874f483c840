package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
                + " scaffolder.task.count / Count of task runs"), after);
        Scrapes.assertIncrease(before, after,
                "scaffolder_task_count_total{result=\"ok\",template=\"react-app\",user=\"oneoff-erin\",}", 1);
        Scrapes.assertIncrease(before, after,
                "scaffolder_task_count_total{" + SCOPE + ",result=\"ok\",template=\"react-app\",user=\"oneoff-erin\",}", 1);
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
}
