package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.SpanContext;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A series' latest exemplar is in every OpenMetrics scrape, whoever scraped before: the SDK hands each exemplar to one
 * collection only, so a plain-text {@code curl} took it from Prometheus, and of two Prometheus servers scraping one
 * target (the usual HA pair) each saw only some.
 */
public class ExemplarsForEveryScraperTest {

    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest();

    @Inject
    RootTelemetryService root;

    @Test
    void everyScrapeHasTheLatestExemplar() {
        var catalog = root.forPlugin("catalog");
        var refreshes = catalog.createCounter("catalog.refreshes");
        SpanContext recordedIn = catalog.startActiveSpan("catalog.refresh", span -> {
            refreshes.add(1);
            return span.getSpanContext();
        });
        String exemplar = "# {span_id=\"" + recordedIn.getSpanId() + "\",trace_id=\"" + recordedIn.getTraceId() + "\"}";

        given().accept("text/plain").get("/q/metrics").then().statusCode(200); // an operator's curl
        for (String scraper : new String[] { "the first Prometheus", "the second Prometheus" }) {
            String body = given().accept(OPEN_METRICS).get("/q/metrics").asString();
            assertTrue(body.lines().anyMatch(line -> line.startsWith("catalog_refreshes_total{") && line.contains(exemplar)),
                    scraper + " gets the exemplar:\n" + body);
        }
    }
}
