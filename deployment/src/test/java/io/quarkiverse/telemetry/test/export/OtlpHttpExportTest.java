package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * OTLP over HTTP/protobuf, gzip-compressed, with the interval in Backstage's {@code export-interval-millis}: metrics
 * and spans of a plugin arrive at the receiver, and nothing is served at {@code /q/metrics} as no Prometheus exporter
 * is configured.
 */
public class OtlpHttpExportTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(OtlpHttpExportTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideConfigKey("telemetry.metrics.collection.export-interval-millis", "250")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.otlp.compression", "gzip")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms");

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Test
    void metricsAndSpansArriveOverHttp() {
        telemetry.createHistogram("scaffolder.task.duration").record(1.5);
        Span span = telemetry.getTracer().spanBuilder("run-template").startSpan();
        span.end();

        // Exports start with the application, before the test records: wait for one that carries the histogram.
        Eventually.await(Duration.ofSeconds(20),
                () -> !receiver.metrics().isEmpty() && scaffolderMetric(receiver.lastMetrics()).isPresent(),
                "a metric export with the histogram");
        var last = receiver.lastMetrics();
        assertEquals("application/x-protobuf", last.headers().get("content-type"));
        assertEquals("gzip", last.headers().get("content-encoding"));
        Metric duration = scaffolderMetric(last).orElseThrow();
        assertEquals("scaffolder.task.duration", duration.getName());
        assertEquals(1, duration.getHistogram().getDataPoints(0).getCount());
        assertEquals(1.5, duration.getHistogram().getDataPoints(0).getSum());

        Eventually.await(Duration.ofSeconds(20), () -> !receiver.traces().isEmpty(), "a span export");
        var spans = receiver.traces().get(0).request().getResourceSpans(0).getScopeSpans(0);
        assertEquals("backstage-plugin-scaffolder", spans.getScope().getName());
        assertEquals("run-template", spans.getSpans(0).getName());

        assertTrue(!Scrapes.scrape().contains("scaffolder_task_duration"),
                "only the configured exporters export: no Prometheus exporter, nothing at /q/metrics");
    }

    private static Optional<Metric> scaffolderMetric(OtlpReceiver.Export<ExportMetricsServiceRequest> export) {
        return export.request().getResourceMetricsList().stream()
                .flatMap(resource -> resource.getScopeMetricsList().stream())
                .filter(scope -> scope.getScope().getName().equals("backstage-plugin-scaffolder"))
                .flatMap(scope -> scope.getMetricsList().stream()).findFirst();
    }
}
