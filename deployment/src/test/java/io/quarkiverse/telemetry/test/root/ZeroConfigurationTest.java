package io.quarkiverse.telemetry.test.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With no configuration at all: metrics are scraped at {@code /q/metrics} next to Micrometer's, spans are made, and
 * nothing is logged at WARNING or above (no OTLP exporter complains about a collector that does not run).
 */
public class ZeroConfigurationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertEquals(List.of(),
                    records.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList()));

    @Inject
    RootTelemetryService root;

    @Test
    void metricsAreScrapedBesideMicrometersAndNothingComplains() throws InterruptedException {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan();
        assertTrue(span.getSpanContext().isValid(), "spans are real once the SDK runs");
        span.end();

        String scrape = Scrapes.scrape();
        assertTrue(scrape.contains("catalog_refreshes_total{otel_scope_name=\"backstage-plugin-catalog\",} 1.0"), scrape);
        assertTrue(scrape.contains("# TYPE jvm_memory_used_bytes gauge"), "Micrometer's meters are in the same scrape");
        assertEquals(1, scrape.lines().filter("# TYPE jvm_memory_used_bytes gauge"::equals).count(),
                "OpenTelemetry's JVM metrics must not repeat Micrometer's family");
        assertFalse(scrape.contains("jvm_class_count") || scrape.contains("http_server_request_duration_seconds"),
                "OpenTelemetry's JVM and HTTP server metrics are off");
        // let span processors run a batch (the default batch delay is 5 s): an exporter would complain now
        Thread.sleep(6000);
    }
}
