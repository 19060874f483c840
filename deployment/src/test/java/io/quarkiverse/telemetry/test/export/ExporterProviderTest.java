package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.spi.ExporterContext;
import io.quarkiverse.telemetry.spi.MetricExporterProvider;
import io.quarkiverse.telemetry.spi.SpanExporterProvider;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An exporter type contributed by a provider bean is selected by configuration alone and receives its own
 * {@code config.*}; once exporters are configured, the default scrape is not among them.
 */
public class ExporterProviderTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, CaptureProvider.class))
            .overrideRuntimeConfigKey("telemetry.metrics.exporters.audit.type", "capture")
            .overrideRuntimeConfigKey("telemetry.metrics.exporters.audit.config.label", "compliance")
            .overrideRuntimeConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideRuntimeConfigKey("telemetry.tracing.exporters.\"capture/spans\".config.label", "traces")
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "100ms");

    @Inject
    RootTelemetryService root;

    @Inject
    CaptureProvider provider;

    @Test
    void contributedTypeIsSelectedByConfiguration() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(3);
        root.forPlugin("catalog").startActiveSpan("catalog.refresh", span -> null);

        assertEquals(List.of(new ExporterContext("audit", "telemetry.metrics.exporters.audit",
                Map.of("label", "compliance"), Duration.ofMillis(200)),
                new ExporterContext("capture/spans", "telemetry.tracing.exporters.\"capture/spans\"",
                        Map.of("label", "traces"), Duration.ofMillis(200))),
                provider.contexts);
        Eventually.await(Duration.ofSeconds(10), () -> provider.metrics.getFinishedMetricItems().stream()
                .anyMatch(metric -> metric.getName().equals("catalog.refreshes")), "an export of the counter");
        Eventually.await(Duration.ofSeconds(10), () -> provider.spans.getFinishedSpanItems().stream()
                .anyMatch(span -> span.getName().equals("catalog.refresh")), "an export of the span");
        String scrape = Scrapes.scrape();
        assertFalse(scrape.contains("catalog_refreshes"), scrape);
        assertTrue(scrape.contains("jvm_"), "Micrometer's scrape is still served");
    }

    /** Contributes the type {@code capture}: exporters that keep what they receive. */
    @Singleton
    public static class CaptureProvider implements MetricExporterProvider, SpanExporterProvider {
        final List<ExporterContext> contexts = new ArrayList<>();
        final InMemoryMetricExporter metrics = InMemoryMetricExporter.create();
        final InMemorySpanExporter spans = InMemorySpanExporter.create();

        @Override
        public String type() {
            return "capture";
        }

        @Override
        public MetricExporter createMetricExporter(ExporterContext context) {
            contexts.add(context);
            context.require("label");
            return metrics;
        }

        @Override
        public SpanExporter createSpanExporter(ExporterContext context) {
            contexts.add(context);
            return spans;
        }
    }
}
