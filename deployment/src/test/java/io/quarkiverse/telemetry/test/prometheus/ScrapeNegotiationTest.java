package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.opentelemetry.api.trace.SpanContext;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * {@code /q/metrics} negotiates its format as Prometheus and the OpenMetrics specification expect: by the Accept
 * header's q-values, OpenMetrics 1.0.0 or 0.0.1 with or without charset, text 0.0.4 otherwise; exemplars come with
 * OpenMetrics. Prometheus with exemplar storage sends the first header below, which used to get text without
 * exemplars, and a bare {@code application/openmetrics-text; version=1.0.0} used to get 406.
 */
public class ScrapeNegotiationTest {

    static final String PROMETHEUS_WITH_EXEMPLARS = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest();

    @Inject
    RootTelemetryService root;

    SpanContext recordedIn;

    @BeforeEach
    void recordInASpan() {
        var catalog = root.forPlugin("catalog");
        var refreshes = catalog.createCounter("catalog.refreshes");
        recordedIn = catalog.startActiveSpan("catalog.refresh", span -> {
            refreshes.add(1);
            return span.getSpanContext();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            PROMETHEUS_WITH_EXEMPLARS + "|" + OPEN_METRICS,
            "application/openmetrics-text; version=1.0.0|" + OPEN_METRICS,
            "application/openmetrics-text;version=0.0.1|" + OPEN_METRICS,
            "application/openmetrics-text|" + OPEN_METRICS,
            "text/plain;q=0.5, application/openmetrics-text;q=0.9|" + OPEN_METRICS,
            "application/openmetrics-text;q=0.5, text/plain;q=0.9|" + TEXT,
            "text/plain;version=0.0.4|" + TEXT,
            "text/plain|" + TEXT,
            "*/*|" + TEXT,
            "text/html,application/xhtml+xml,*/*;q=0.8|" + TEXT })
    void negotiatesTheFormat(String accept, String expected) {
        Response response = given().accept(accept).get("/q/metrics");
        assertEquals(200, response.statusCode(), accept);
        assertEquals(expected, response.contentType(), accept);
        String body = response.asString();
        if (expected.equals(OPEN_METRICS)) {
            assertTrue(body.endsWith("# EOF\n"), body);
            String exemplar = "# {span_id=\"" + recordedIn.getSpanId() + "\",trace_id=\"" + recordedIn.getTraceId() + "\"}";
            assertTrue(body.lines().anyMatch(line -> line.startsWith("catalog_refreshes_total{") && line.contains(exemplar)),
                    body);
        } else {
            assertTrue(body.contains("catalog_refreshes_total{otel_scope_name=\"backstage-plugin-catalog\",}"), body);
        }
    }

    @Test
    void withoutAcceptTheTextFormat() {
        Response response = given().header("Accept", "").get("/q/metrics");
        assertEquals(200, response.statusCode());
        assertEquals(TEXT, response.contentType());
    }

    @Test
    void aFormatItDoesNotServeIsRefused() {
        Response response = given().accept("application/json").get("/q/metrics");
        assertEquals(406, response.statusCode());
        assertTrue(response.asString().contains("application/openmetrics-text"), response.asString());
    }
}
