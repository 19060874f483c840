package io.quarkiverse.telemetry.runtime.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;

/** The adapter from prometheus-metrics snapshots to simpleclient samples, read through simpleclient's own writers. */
class MetricSnapshotsCollectorTest {

    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

    private final PrometheusMetricReader reader = new PrometheusMetricReader(null);
    private final SdkMeterProvider meters = SdkMeterProvider.builder().registerMetricReader(reader)
            // keeps "result" only: the other attributes of an upload become its exemplars' filtered attributes
            .registerView(InstrumentSelector.builder().setName("uploads").build(),
                    View.builder().setAttributeFilter(Set.of("result")).build())
            .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "demo"))).build();
    private final SdkTracerProvider tracers = SdkTracerProvider.builder().build();
    private final CollectorRegistry registry = new CollectorRegistry();

    @AfterEach
    void close() {
        meters.close();
        tracers.close();
    }

    @Test
    void oneNameInTwoScopesIsOneFamilyWithAScopeLabel() throws IOException {
        meters.get("backstage-plugin-catalog").counterBuilder("entities.count").setDescription("Entities").build()
                .add(3, Attributes.of(RESULT, "ok"));
        meters.get("backstage-plugin-scaffolder").counterBuilder("entities.count").setDescription("Entities").build()
                .add(4);

        String text = scrape(TextFormat.CONTENT_TYPE_004);

        assertEquals(1, count(text, "# TYPE entities_count_total counter"), text);
        assertTrue(text.contains("entities_count_total{otel_scope_name=\"backstage-plugin-catalog\",result=\"ok\",} 3.0"),
                text);
        assertTrue(text.contains("entities_count_total{otel_scope_name=\"backstage-plugin-scaffolder\",} 4.0"), text);
    }

    @Test
    void histogramBucketsAreCumulativeAndNamedWithTheUnit() throws IOException {
        var histogram = meters.get("backstage-plugin-catalog").histogramBuilder("processing.duration").setUnit("s")
                .setDescription("Processing").setExplicitBucketBoundariesAdvice(List.of(0.1, 1.0)).build();
        histogram.record(0.05);
        histogram.record(0.5);
        histogram.record(0.7);
        histogram.record(3.0);

        String text = scrape(TextFormat.CONTENT_TYPE_004);

        String labels = "otel_scope_name=\"backstage-plugin-catalog\",";
        assertTrue(text.contains("# TYPE processing_duration_seconds histogram"), text);
        assertTrue(text.contains("processing_duration_seconds_bucket{le=\"0.1\"," + labels + "} 1.0"), text);
        assertTrue(text.contains("processing_duration_seconds_bucket{le=\"1.0\"," + labels + "} 3.0"), text);
        assertTrue(text.contains("processing_duration_seconds_bucket{le=\"+Inf\"," + labels + "} 4.0"), text);
        assertTrue(text.contains("processing_duration_seconds_count{" + labels + "} 4.0"), text);
        assertTrue(text.contains("processing_duration_seconds_sum{" + labels + "} 4.25"), text);
    }

    @Test
    void targetInfoCarriesTheResourceAndAHelpText() throws IOException {
        meters.get("backstage-plugin-catalog").gaugeBuilder("queue.length").build().set(2);

        String text = scrape(TextFormat.CONTENT_TYPE_004);

        assertTrue(text.contains("# HELP target_info Target metadata"), text);
        assertTrue(text.contains("target_info{service_name=\"demo\","), text);
        assertTrue(text.contains("queue_length{otel_scope_name=\"backstage-plugin-catalog\",} 2.0"), text);
    }

    @Test
    void exemplarsOfSampledSpansReachOpenMetrics() throws IOException {
        var counter = meters.get("backstage-plugin-catalog").counterBuilder("requests").build();
        Span span = tracers.get("test").spanBuilder("request").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            counter.add(1);
        } finally {
            span.end();
        }

        String text = scrape(TextFormat.CONTENT_TYPE_OPENMETRICS_100);

        assertTrue(text.contains("# TYPE requests counter"), text);
        assertTrue(text.contains("requests_total{otel_scope_name=\"backstage-plugin-catalog\"} 1.0 # {span_id=\""
                + span.getSpanContext().getSpanId() + "\",trace_id=\"" + span.getSpanContext().getTraceId() + "\"} 1.0"),
                text);
        assertTrue(text.endsWith("# EOF\n"), text);
    }

    @Test
    void anExemplarTooLongForOpenMetricsKeepsItsTraceAndSpanIdsOnly() throws IOException {
        var uploads = meters.get("backstage-plugin-scaffolder").counterBuilder("uploads").build();
        Span span = tracers.get("test").spanBuilder("upload").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            uploads.add(1, Attributes.of(RESULT, "ok", AttributeKey.stringKey("url.full"),
                    "https://storage.example.com/templates/react-app/skeleton/" + "x".repeat(120)));
        } finally {
            span.end();
        }

        String text = scrape(TextFormat.CONTENT_TYPE_OPENMETRICS_100);

        assertTrue(
                text.contains("uploads_total{otel_scope_name=\"backstage-plugin-scaffolder\",result=\"ok\"} 1.0 # {span_id=\""
                        + span.getSpanContext().getSpanId() + "\",trace_id=\"" + span.getSpanContext().getTraceId()
                        + "\"} 1.0"),
                text);
        assertFalse(text.contains("storage.example.com"), text);
    }

    private String scrape(String contentType) throws IOException {
        registry.register(new MetricSnapshotsCollector(reader));
        StringWriter out = new StringWriter();
        TextFormat.writeFormat(contentType, out, registry.metricFamilySamples());
        return out.toString();
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }
}
