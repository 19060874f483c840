package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Backstage's scaffolder metrics, driven over HTTP: tasks that succeed, fail and are cancelled, steps that are
 * skipped; each family's name, type, unit suffix, attributes and values read from a real scrape.
 */
@QuarkusTest
public class ScaffolderMetricsTest {

    private static final String SCOPE = "otel_scope_name=\"backstage-plugin-scaffolder\"";

    @Test
    void tasksAndStepsAreCountedAndTimedByResult() {
        String before = Scrapes.scrape();

        assertEquals("ok", Scaffolder.run("react-app", "metrics-alice").get("status"));
        Map<String, Object> quiet = Scaffolder.run("docs-site", "metrics-bob");
        assertEquals(Map.of("fetch", "ok", "log", "skipped"), quiet.get("steps"));
        Scaffolder.run("docs-site", "metrics-bob", "verbose", "true");
        Map<String, Object> broken = Scaffolder.run("broken", "metrics-carol");
        assertEquals("failed", broken.get("status"));
        assertEquals(Map.of("fetch", "ok", "fail", "failed"), broken.get("steps"), "steps after a failure do not run");
        String slow = Scaffolder.start("slow", "metrics-dave");
        Eventually.await(Duration.ofSeconds(10), () -> "ok".equals(((Map<?, ?>) Scaffolder.task(slow).get("steps"))
                .get("fetch")), "the slow task to reach its wait step");
        assertEquals("cancelled", Scaffolder.cancel(slow).get("status"), "the answer to cancel is the ended task");
        Map<String, Object> cancelled = Scaffolder.awaitEnd(slow);
        assertEquals("cancelled", cancelled.get("status"));
        assertEquals(Map.of("fetch", "ok", "wait", "cancelled"), cancelled.get("steps"));

        String after = Scrapes.scrape();
        assertTrue(after.contains("# TYPE scaffolder_task_count_total counter"), after);
        assertTrue(after.contains("# TYPE scaffolder_step_count_total counter"), after);
        assertTrue(after.contains("# TYPE scaffolder_task_duration_seconds histogram"), after);
        assertTrue(after.contains("# TYPE scaffolder_step_duration_seconds histogram"), after);

        Scrapes.assertIncrease(before, after, task("ok", "react-app"), 1);
        Scrapes.assertIncrease(before, after, task("ok", "docs-site"), 2);
        Scrapes.assertIncrease(before, after, task("failed", "broken"), 1);
        Scrapes.assertIncrease(before, after, task("cancelled", "slow"), 1);

        Scrapes.assertIncrease(before, after, step("ok", "log", "docs-site"), 1);
        Scrapes.assertIncrease(before, after, step("skipped", "log", "docs-site"), 1);
        Scrapes.assertIncrease(before, after, step("failed", "fail", "broken"), 1);
        Scrapes.assertIncrease(before, after, step("cancelled", "wait", "slow"), 1);
        Scrapes.assertIncrease(before, after, step("ok", "readme", "react-app"), 1);

        Scrapes.assertIncrease(before, after, "scaffolder_task_duration_seconds_count{" + SCOPE
                + ",result=\"cancelled\",template=\"slow\",}", 1);
        Scrapes.assertIncrease(before, after, "scaffolder_step_duration_seconds_count{" + SCOPE
                + ",result=\"failed\",step=\"fail\",template=\"broken\",}", 1);
        // buckets in seconds: a cancelled wait took well under 10 s, so it is counted in the 10 s bucket
        Scrapes.assertIncrease(before, after, "scaffolder_step_duration_seconds_bucket{le=\"10.0\"," + SCOPE
                + ",result=\"cancelled\",step=\"wait\",template=\"slow\",}", 1);
    }

    private static String task(String result, String template) {
        return "scaffolder_task_count_total{" + SCOPE + ",result=\"" + result + "\",template=\"" + template + "\",}";
    }

    private static String step(String result, String step, String template) {
        return "scaffolder_step_count_total{" + SCOPE + ",result=\"" + result + "\",step=\"" + step + "\",template=\""
                + template + "\",}";
    }

}
