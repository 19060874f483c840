package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * {@code telemetry.instrumentations.rest=false} (build time): the REST layer adds nothing to the request's span (no
 * {@code code.function.name}, which it adds when on, see {@link RequestTracingTest}); the HTTP layer's span remains.
 */
@QuarkusTest
@TestProfile(RestInstrumentationOffTest.RestOff.class)
public class RestInstrumentationOffTest {

    public static class RestOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telemetry.instrumentations.rest", "false");
        }
    }

    @Inject
    Spans spans;

    @Test
    void theRestLayerAddsNothing() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"API\",\"name\":\"untraced\"}").post("/catalog/entities")
                .then().statusCode(200);

        Eventually.await(Duration.ofSeconds(5),
                () -> spans.finished().stream().anyMatch(span -> span.getKind() == SpanKind.SERVER), "the server span");
        SpanData server = spans.finished().stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow();
        assertEquals("POST /catalog/entities", server.getName());
        assertNull(server.getAttributes().get(AttributeKey.stringKey("code.function.name")), server.toString());
    }
}
