package io.quarkiverse.telemetry.test.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * One call traces a plugin's unit of work: the span nests across CDI calls, log records written inside carry its
 * trace and span ids (the MDC keys quarkus-opentelemetry fills), and measurements taken inside carry it as an
 * exemplar in the OpenMetrics scrape.
 */
public class TracingThroughPluginsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CatalogRefresh.class, CatalogStitcher.class, InMemorySpans.class,
                    Logs.class));

    @Inject
    CatalogRefresh refresh;

    @Inject
    InMemorySpans spans;

    @Test
    void spansNestLogsCarryIdsAndMeasurementsCarryExemplars() {
        List<LogRecord> logs = Logs.capture(CatalogRefresh.class.getPackageName());
        assertEquals("stitched", refresh.refresh());

        SpanData refreshSpan = spans.named("catalog.refresh");
        SpanData stitchSpan = spans.named("catalog.stitch");
        assertEquals(refreshSpan.getSpanId(), stitchSpan.getParentSpanId(), "the span nests across the CDI call");
        assertEquals(refreshSpan.getTraceId(), stitchSpan.getTraceId());
        assertEquals("backstage-plugin-catalog", stitchSpan.getInstrumentationScopeInfo().getName());

        assertLogged(logs, "refreshing", refreshSpan);
        assertLogged(logs, "stitching", stitchSpan);

        String openMetrics = given().accept("application/openmetrics-text; version=1.0.0; charset=utf-8").get("/q/metrics")
                .then()
                .statusCode(200).extract().asString();
        String exemplar = "# {span_id=\"" + refreshSpan.getSpanId() + "\",trace_id=\"" + refreshSpan.getTraceId() + "\"}";
        assertTrue(openMetrics.lines().anyMatch(line -> line.startsWith("catalog_refresh_duration_seconds_bucket{")
                && line.contains(exemplar + " 0.2 ")), openMetrics);
        assertTrue(openMetrics.lines().anyMatch(line -> line.startsWith("catalog_refreshes_total{")
                && line.contains(exemplar)), openMetrics);
    }

    private static void assertLogged(List<LogRecord> logs, String message, SpanData span) {
        ExtLogRecord record = (ExtLogRecord) logs.stream().filter(r -> r.getMessage().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("not logged: " + message));
        assertEquals(span.getTraceId(), record.getMdc("traceId"), message);
        assertEquals(span.getSpanId(), record.getMdc("spanId"), message);
    }
}
