package io.quarkiverse.telemetry.test.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * HTTP instrumentation on (the default): a plugin's span is a child of the incoming request's server span; with the
 * http-server-metrics toggle, OpenTelemetry's HTTP server metrics are scraped too.
 */
public class HttpInstrumentationOnTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(RefreshRoute.class, CatalogRefresh.class, CatalogStitcher.class,
                    InMemorySpans.class))
            .overrideConfigKey("telemetry.instrumentations.http", "true")
            .overrideRuntimeConfigKey("telemetry.instrumentations.http-server-metrics", "true");

    @Inject
    InMemorySpans spans;

    @Test
    void pluginSpanIsAChildOfTheServerSpan() {
        given().get("/refresh").then().statusCode(200);

        Eventually.await(Duration.ofSeconds(5), () -> spans.finished().stream()
                .anyMatch(span -> span.getKind() == SpanKind.SERVER), "the server span");
        SpanData server = spans.finished().stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow();
        assertEquals("GET /refresh", server.getName());
        SpanData refresh = spans.named("catalog.refresh");
        assertEquals(server.getSpanId(), refresh.getParentSpanId());
        assertEquals(server.getTraceId(), refresh.getTraceId());
        assertEquals(refresh.getSpanId(), spans.named("catalog.stitch").getParentSpanId());

        String scrape = given().accept(Scrapes.TEXT_004).get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains(
                "http_server_request_duration_seconds_count{http_request_method=\"GET\",http_response_status_code=\"200\",http_route=\"/refresh\""),
                "the http-server-metrics toggle turns OpenTelemetry's HTTP server metrics on: " + scrape);
    }
}
