package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.it.catalog.CatalogResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Zero configuration: a plugin's span nests under the REST request's server span, which the HTTP and REST layers
 * instrument; the JDBC layer is off by default.
 */
@QuarkusTest
public class RequestTracingTest {

    @Inject
    Spans spans;

    @Test
    void pluginSpanNestsUnderTheRequest() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"API\",\"name\":\"traced\"}").post("/catalog/entities")
                .then().statusCode(200);

        Eventually.await(Duration.ofSeconds(5), () -> parentOf(process()) != null, "the server span");
        SpanData process = process();
        SpanData server = parentOf(process);
        assertEquals(SpanKind.SERVER, server.getKind());
        assertEquals("POST /catalog/entities", server.getName());
        assertEquals(server.getTraceId(), process.getTraceId());
        assertEquals("/catalog/entities", server.getAttributes().get(AttributeKey.stringKey("http.route")));
        assertEquals(CatalogResource.class.getName() + ".add",
                server.getAttributes().get(AttributeKey.stringKey("code.function.name")), "the REST layer's attribute");
        assertEquals(List.of(), spans.finished().stream()
                .filter(span -> span.getInstrumentationScopeInfo().getName().contains("jdbc")).toList(),
                "JDBC instrumentation is off by default");
    }

    private SpanData process() {
        return spans.finished().stream().filter(span -> span.getName().equals("catalog.add")
                && "API:traced".equals(span.getAttributes().get(AttributeKey.stringKey("entity.ref")))).findFirst()
                .orElseThrow();
    }

    private SpanData parentOf(SpanData span) {
        return spans.finished().stream().filter(candidate -> candidate.getSpanId().equals(span.getParentSpanId()))
                .findFirst().orElse(null);
    }
}
