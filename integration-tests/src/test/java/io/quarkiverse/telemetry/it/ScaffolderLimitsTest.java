package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The scaffolder's memory stays bounded however many tasks come: a finished task is forgotten after
 * {@code scaffolder.tasks.retention}, and the deprecated prom-client {@code scaffolder_task_count} (which has no
 * cardinality limit of its own) keeps {@code backstage.metrics.deprecated.max-tag-values} values of a tag, the others
 * counted as {@code "other"}. Before, 50,000 users (then a tag of that counter) took the demo from 187 to 504 MB.
 */
@QuarkusTest
@TestProfile(DemoLimitsProfile.class)
public class ScaffolderLimitsTest {

    private static final Pattern DEPRECATED_TASK_COUNT = Pattern.compile(
            "^scaffolder_task_count\\{template=\"([^\"]+)\",result=\"([^\"]+)\"} (\\S+)$", Pattern.MULTILINE);

    @Test
    void finishedTasksAreForgotten() {
        String id = Scaffolder.start("react-app", "alice"); // it ends within a second; running tasks are kept
        Eventually.await(Duration.ofSeconds(20), () -> given().get("/scaffolder/tasks/" + id).statusCode() == 404,
                "the finished task forgotten");
    }

    @Test
    void deprecatedTagValuesAreBounded() {
        // not awaited: a task is forgotten a second after it ends in this profile
        Scaffolder.start("docs-site", "limits-ann");
        Scaffolder.start("broken", "limits-bob");
        Scaffolder.start("react-app", "limits-cid");
        Scaffolder.cancel(Scaffolder.start("slow", "limits-dee"));

        Eventually.await(Duration.ofSeconds(10), () -> templates(OneOffMetricsTest.deprecatedScrape()).size() == 4,
                "four templates counted");
        Set<String> templates = templates(OneOffMetricsTest.deprecatedScrape());
        assertEquals(true, templates.contains("other"), "three templates and 'other': " + templates);
        assertEquals(true, Set.of("broken", "docs-site", "react-app", "slow", "other").containsAll(templates),
                templates.toString());
    }

    private static Set<String> templates(String scrape) {
        Matcher series = DEPRECATED_TASK_COUNT.matcher(scrape);
        Set<String> templates = new TreeSet<>();
        while (series.find()) {
            templates.add(series.group(1));
        }
        return templates;
    }
}
