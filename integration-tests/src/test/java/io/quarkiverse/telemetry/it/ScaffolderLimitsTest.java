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
 * The scaffolder's memory stays bounded however many tasks and users come: a finished task is forgotten after
 * {@code scaffolder.tasks.retention}, and the deprecated Micrometer {@code scaffolder_task_count} (which has no
 * cardinality limit of its own) keeps {@code backstage.metrics.deprecated.max-tag-values} users, the others counted as
 * {@code user="other"}. Before, 50,000 users took the demo from 187 to 504 MB.
 */
@QuarkusTest
@TestProfile(DemoLimitsProfile.class)
public class ScaffolderLimitsTest {

    private static final Pattern DEPRECATED_TASK_COUNT = Pattern.compile(
            "^scaffolder_task_count_total\\{result=\"ok\",template=\"react-app\",user=\"([^\"]+)\",} (\\S+)$",
            Pattern.MULTILINE);

    @Test
    void finishedTasksAreForgotten() {
        String id = Scaffolder.start("react-app", "alice"); // it ends within a second; running tasks are kept
        Eventually.await(Duration.ofSeconds(20), () -> given().get("/scaffolder/tasks/" + id).statusCode() == 404,
                "the finished task forgotten");
    }

    @Test
    void deprecatedUserTagIsBounded() {
        for (int user = 1; user <= 5; user++) {
            Scaffolder.run("react-app", "user-" + user);
        }
        Matcher series = DEPRECATED_TASK_COUNT.matcher(Scrapes.scrape());
        Set<String> users = new TreeSet<>();
        double total = 0;
        while (series.find()) {
            users.add(series.group(1));
            total += Double.parseDouble(series.group(2));
        }
        assertEquals(4, users.size(), "three users and 'other': " + users);
        assertEquals(true, users.contains("other"), users.toString());
        assertEquals(5 + (users.contains("alice") ? 1 : 0), total, "every task counted: " + users);
    }
}
