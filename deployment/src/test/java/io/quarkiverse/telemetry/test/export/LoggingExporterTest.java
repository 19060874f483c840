package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/** The logging exporters write each plugin's measurements and spans to the application log. */
public class LoggingExporterTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideConfigKey("telemetry.metrics.exporters.logging.enabled", "true")
            .overrideConfigKey("telemetry.tracing.exporters.log.type", "logging");

    @Inject
    RootTelemetryService root;

    @Test
    void measurementsAndSpansAreLogged() {
        List<LogRecord> records = Logs.capture("io.opentelemetry.exporter.logging");
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(3);
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan();
        span.end();

        Eventually.await(Duration.ofSeconds(10), () -> Logs.lines(records).stream()
                .anyMatch(line -> line.contains("name=catalog.refreshes") && line.contains("value=3")),
                "the counter in the log");
        List<String> lines = Logs.lines(records);
        assertTrue(lines.stream().anyMatch(line -> line.contains("LoggingMetricExporter")
                && line.contains("backstage-plugin-catalog")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("LoggingSpanExporter") && line.contains("'refresh'")),
                lines.toString());
    }
}
