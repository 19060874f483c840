package io.quarkiverse.telemetry.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;

class DefaultRootTelemetryServiceTest {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build())
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final DefaultRootTelemetryService root = new DefaultRootTelemetryService();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void pluginsBeforeAndAfterBindingGetTheirOwnScope() {
        root.forPlugin("catalog").createCounter("entities").add(1);
        root.createCounter("root.events").add(1);
        root.bind(sdk);
        root.forPlugin("scaffolder").createCounter("entities").add(2);

        Set<String> scopes = reader.collectAllMetrics().stream()
                .map(m -> m.getName() + "@" + m.getInstrumentationScopeInfo().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("entities@backstage-plugin-catalog", "entities@backstage-plugin-scaffolder",
                "root.events@backstage-root"), scopes);
    }

    @Test
    void forPluginReturnsOneServicePerId() {
        TelemetryService catalog = root.forPlugin("catalog");
        assertSame(catalog, root.forPlugin("catalog"));
        assertEquals("catalog", catalog.pluginId());
        assertEquals(RootTelemetryService.ROOT_ID, root.pluginId());
    }

    @Test
    void invalidPluginIdIsRejectedWithThePattern() {
        var error = assertThrows(IllegalArgumentException.class, () -> root.forPlugin("Catalog"));
        assertEquals("Invalid plugin id 'Catalog': a plugin id must match [a-z][a-z0-9]*(-[a-z0-9]+)* (lowercase"
                + " letters and digits, words joined by single hyphens, e.g. 'tech-insights')", error.getMessage());
    }

    @Test
    void invalidInstrumentNameIsRejectedAtCreation() {
        TelemetryService catalog = root.forPlugin("catalog");
        var error = assertThrows(IllegalArgumentException.class, () -> catalog.createCounter("1st counter"));
        assertTrue(error.getMessage().startsWith("Invalid instrument name '1st counter' in plugin 'catalog': an"
                + " instrument name must match " + TelemetryService.INSTRUMENT_NAME_PATTERN), error.getMessage());
    }

    @Test
    void bucketsOnANonHistogramAreRejected() {
        MetricOptions buckets = MetricOptions.builder().explicitBucketBoundaries(List.of(1.0)).build();
        TelemetryService catalog = root.forPlugin("catalog");
        var error = assertThrows(IllegalArgumentException.class, () -> catalog.createCounter("entities", buckets));
        assertEquals("Instrument 'entities' of plugin 'catalog' is given bucket boundaries, but only histograms have"
                + " buckets: remove them or use createHistogram", error.getMessage());
    }

    @Test
    void descriptionDefaultsToTheInstrumentName() {
        root.bind(sdk);
        root.forPlugin("catalog").createCounter("catalog.entities");
        root.forPlugin("catalog").createHistogram("catalog.duration",
                MetricOptions.builder().description("Processing time").unit("s").build()).record(1);
        root.forPlugin("catalog").createCounter("catalog.entities").add(1);
        MetricData entities = metric("catalog.entities");
        MetricData duration = metric("catalog.duration");
        assertEquals("catalog.entities", entities.getDescription());
        assertEquals("Processing time", duration.getDescription());
        assertEquals("s", duration.getUnit());
    }

    @Test
    void aDeprecationEndsTheDescription() {
        root.bind(sdk);
        root.forPlugin("catalog").createCounter("catalog.old",
                MetricOptions.builder().description("Entities").deprecated("Use catalog.entities").build()).add(1);
        root.forPlugin("catalog").createCounter("catalog.older",
                MetricOptions.builder().renamedTo("catalog.entities").build()).add(1);
        assertEquals("Entities (deprecated: Use catalog.entities)", metric("catalog.old").getDescription());
        assertEquals("catalog.older (deprecated: Replaced by catalog.entities)",
                metric("catalog.older").getDescription());
    }

    @Test
    void openTelemetryIsOnlyAvailableOnceBound() {
        assertThrows(IllegalStateException.class, root::getOpenTelemetry);
        root.bind(sdk);
        assertSame(sdk, root.getOpenTelemetry());
    }

    @Test
    void tracerSpansCarryThePluginScopeOnceBound() {
        root.forPlugin("catalog").getTracer().spanBuilder("before").startSpan().end();
        root.bind(sdk);
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("after").startSpan();
        span.end();
        assertEquals(1, spans.getFinishedSpanItems().size(), "only the span started after binding is recorded");
        assertEquals("backstage-plugin-catalog",
                spans.getFinishedSpanItems().get(0).getInstrumentationScopeInfo().getName());
    }

    private MetricData metric(String name) {
        return reader.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No metric " + name + " collected"));
    }
}
