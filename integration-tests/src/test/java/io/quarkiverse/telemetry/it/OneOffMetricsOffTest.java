package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code backstage.metrics.deprecated.enabled=false} (run time) turns the one-off metrics off; the service's remain. */
@QuarkusTest
@TestProfile(OneOffMetricsOffTest.DeprecatedOff.class)
public class OneOffMetricsOffTest {

    public static class DeprecatedOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backstage.metrics.deprecated.enabled", "false");
        }
    }

    @Test
    void noOneOffSeries() {
        Scaffolder.run("react-app", "oneoff-frank");
        String scrape = Scrapes.scrape();

        assertTrue(scrape.contains("scaffolder_task_count_total{otel_scope_name=\"backstage-plugin-scaffolder\","
                + "result=\"ok\",template=\"react-app\",} 1.0"), scrape);
        assertFalse(scrape.contains("DEPRECATED"), scrape);
        assertFalse(scrape.contains("scaffolder_task_duration_count"), scrape);
        assertFalse(scrape.lines().anyMatch(line -> line.startsWith("catalog_processed_entities_count_total{result")),
                scrape);
        given().get("/metrics").then().statusCode(404);
    }
}
