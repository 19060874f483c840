package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * OTLP over gRPC to a receiver: metrics and spans arrive with the resource attributes configured, at the export
 * interval configured, with the configured headers; the headers' values appear in no log record, even when another
 * exporter with the same credentials cannot reach its endpoint.
 */
public class OtlpGrpcExportTest {

    static final String SECRET = "Bearer s3cr3t-t0ken";
    static final OtlpReceiver receiver = OtlpReceiver.of(OtlpGrpcExportTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.resource.service-name", "backstage-demo")
            .overrideConfigKey("telemetry.resource.service-version", "1.2.3")
            .overrideConfigKey("telemetry.resource.attributes.\"deployment.environment\"", "test")
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "300ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.otlp.headers.authorization", SECRET)
            .overrideConfigKey("telemetry.metrics.exporters.\"otlp/unreachable\".endpoint",
                    "http://localhost:" + OtlpReceiver.freePort())
            .overrideConfigKey("telemetry.metrics.exporters.\"otlp/unreachable\".headers.authorization", SECRET)
            .overrideConfigKey("telemetry.tracing.exporters.collector.type", "otlp")
            .overrideConfigKey("telemetry.tracing.exporters.collector.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.tracing.exporters.collector.compression", "gzip")
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms")
            .setLogRecordPredicate(record -> true)
            .assertLogRecords(records -> assertEquals(List.of(),
                    Logs.lines(records).stream().filter(line -> line.contains("s3cr3t")).toList(),
                    "credentials must not be logged"));

    @Inject
    RootTelemetryService root;

    @Test
    void metricsAndSpansArriveWithResourceAndHeadersAtTheInterval() {
        List<LogRecord> exportLogs = Logs.capture("io.quarkiverse.telemetry.runtime.export");
        int before = receiver.metrics().size(); // exports start with the application, before the test records
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(5);
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan();
        span.end();

        // at the default interval (60 s) the second export would come after the deadline
        Eventually.await(Duration.ofSeconds(20), () -> receiver.metrics().size() >= before + 3,
                "three metric exports after recording");
        var first = receiver.metrics().get(0);
        assertEquals(SECRET, first.headers().get("authorization"));
        assertEquals("application/grpc", first.headers().get("content-type"));

        ResourceMetrics exported = receiver.lastMetrics().request().getResourceMetrics(0);
        assertResource(exported.getResource());
        Metric refreshes = exported.getScopeMetricsList().stream()
                .filter(scope -> scope.getScope().getName().equals("backstage-plugin-catalog"))
                .flatMap(scope -> scope.getMetricsList().stream())
                .filter(metric -> metric.getName().equals("catalog.refreshes")).findFirst().orElseThrow();
        assertEquals(5, refreshes.getSum().getDataPoints(0).getAsInt());
        assertTrue(refreshes.getSum().getIsMonotonic());

        Eventually.await(Duration.ofSeconds(20), () -> !receiver.traces().isEmpty(), "a span export");
        ResourceSpans spans = receiver.traces().get(0).request().getResourceSpans(0);
        assertResource(spans.getResource());
        assertEquals("backstage-plugin-catalog", spans.getScopeSpans(0).getScope().getName());
        assertEquals("refresh", spans.getScopeSpans(0).getSpans(0).getName());
        assertFalse(receiver.traces().get(0).headers().containsKey("authorization"), "headers are per exporter");

        // the unreachable exporter reports its failures (after its retries): those lines must not show the headers
        Eventually.await(Duration.ofSeconds(20), () -> Logs.lines(exportLogs).stream().anyMatch(line -> line
                .contains("telemetry.metrics.exporters.\"otlp/unreachable\" (otlp): exports failing since")),
                "the unreachable exporter's failure in the log");
    }

    private static void assertResource(Resource resource) {
        Map<String, String> attributes = resource.getAttributesList().stream()
                .collect(Collectors.toMap(KeyValue::getKey, attribute -> attribute.getValue().getStringValue()));
        assertEquals("backstage-demo", attributes.get("service.name"), attributes.toString());
        assertEquals("1.2.3", attributes.get("service.version"), attributes.toString());
        assertEquals("test", attributes.get("deployment.environment"), attributes.toString());
    }
}
