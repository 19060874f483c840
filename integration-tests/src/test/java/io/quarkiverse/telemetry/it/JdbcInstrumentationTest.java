package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * {@code telemetry.instrumentations.jdbc=true} (build time; Backstage's {@code knex}): the catalog's statements on its
 * H2 database, through Agroal, are client spans under the plugin's span. Off, the default, there are none (see
 * {@link RequestTracingTest}).
 */
@QuarkusTest
@TestProfile(JdbcInstrumentationTest.JdbcOn.class)
public class JdbcInstrumentationTest {

    public static class JdbcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telemetry.instrumentations.jdbc", "true");
        }
    }

    @Inject
    Spans spans;

    @Test
    void probe() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"API\",\"name\":\"jdbc\"}").post("/catalog/entities")
                .then().statusCode(200);
        Eventually.await(Duration.ofSeconds(5), () -> spans.finished().stream().anyMatch(s -> s.getKind() == SpanKind.SERVER),
                "server");
        spans.finished().forEach(span -> System.out.println("SPAN>>> " + span.getName() + " " + span.getKind() + " "
                + span.getSpanId() + " " + span.getParentSpanId() + " " + span.getInstrumentationScopeInfo().getName()
                + " " + span.getAttributes()));
    }
}
