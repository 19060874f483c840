package io.quarkiverse.telemetry.test.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Every span a plugin starts carries {@code backstage.plugin.id} (a module's also {@code backstage.plugin.module}),
 * whether through its tracer or {@code startActiveSpan}; a failed unit of work adds {@code error.type}; a plugin's
 * tracer and meter take the configured name, version and schema URL. Checked in the OTLP bytes a collector receives.
 */
public class PluginSpansTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(PluginSpansTest.class);
    static final String TRACES_SCHEMA = "https://opentelemetry.io/schemas/1.37.0";
    static final String METRICS_SCHEMA = "https://example.com/schemas/catalog/2.0.0";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "300ms")
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms")
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.tracer.name", "catalog-backend")
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.tracer.version", "1.4.0")
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.tracer.schema-url", TRACES_SCHEMA)
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.meter.schema-url", METRICS_SCHEMA);

    @Inject
    RootTelemetryService root;

    @Test
    void everySpanOfAPluginCarriesItsIdAndAFailureItsType() {
        root.forPlugin("catalog").getTracer().spanBuilder("catalog.refresh").startSpan().end();
        root.forModule("catalog", "github").startActiveSpan("github.discover", span -> "found");
        root.forModule("catalog", "github").getTracer().spanBuilder("github.fetch").startSpan().end();
        IllegalStateException failure = new IllegalStateException("step failed");
        assertEquals(failure, assertThrows(IllegalStateException.class,
                () -> root.forPlugin("scaffolder").startActiveSpan("scaffolder.task", span -> {
                    throw failure;
                })));
        root.getOpenTelemetry().getTracer("application").spanBuilder("not.a.plugin").startSpan().end();

        Eventually.await(Duration.ofSeconds(20), () -> spans().size() >= 5, "five spans exported");
        Map<String, ScopeSpans> scopes = new TreeMap<>();
        for (var export : receiver.traces()) {
            export.request().getResourceSpansList().forEach(resource -> resource.getScopeSpansList()
                    .forEach(scope -> scope.getSpansList().forEach(span -> scopes.put(span.getName(), scope))));
        }

        assertEquals(Map.of("backstage.plugin.id", "catalog"), attributes(span("catalog.refresh")));
        ScopeSpans catalog = scopes.get("catalog.refresh");
        assertEquals("catalog-backend", catalog.getScope().getName());
        assertEquals("1.4.0", catalog.getScope().getVersion());
        assertEquals(TRACES_SCHEMA, catalog.getSchemaUrl());

        Map<String, String> module = Map.of("backstage.plugin.id", "catalog", "backstage.plugin.module", "github");
        assertEquals(module, attributes(span("github.discover")));
        assertEquals(module, attributes(span("github.fetch")));
        assertEquals("catalog-backend", scopes.get("github.fetch").getScope().getName());

        Span task = span("scaffolder.task");
        assertEquals(Map.of("backstage.plugin.id", "scaffolder", "error.type", IllegalStateException.class.getName()),
                attributes(task));
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, task.getStatus().getCode());
        assertEquals("step failed", task.getStatus().getMessage());
        assertEquals(List.of("exception"), task.getEventsList().stream().map(Span.Event::getName).toList());
        assertEquals("backstage-plugin-scaffolder", scopes.get("scaffolder.task").getScope().getName());
        assertEquals("", scopes.get("scaffolder.task").getSchemaUrl());

        assertFalse(attributes(span("not.a.plugin")).containsKey("backstage.plugin.id"),
                "spans of code outside the plugins are left as they are");
    }

    @Test
    void aPluginsMeterTakesTheConfiguredSchemaUrl() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);

        Eventually.await(Duration.ofSeconds(20), () -> catalogMetrics() != null, "the catalog's metrics exported");
        assertEquals(METRICS_SCHEMA, catalogMetrics().getSchemaUrl());
    }

    private static ScopeMetrics catalogMetrics() {
        return receiver.metrics().stream().flatMap(export -> export.request().getResourceMetricsList().stream())
                .flatMap(resource -> resource.getScopeMetricsList().stream())
                .filter(scope -> scope.getScope().getName().equals("backstage-plugin-catalog")
                        && scope.getMetricsList().stream().anyMatch(metric -> metric.getName().equals("catalog.refreshes")))
                .findFirst().orElse(null);
    }

    private static List<Span> spans() {
        return receiver.traces().stream().flatMap(export -> export.request().getResourceSpansList().stream())
                .flatMap(resource -> resource.getScopeSpansList().stream())
                .flatMap(scope -> scope.getSpansList().stream()).toList();
    }

    private static Span span(String name) {
        return spans().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No span " + name + " in " + spans()));
    }

    private static Map<String, String> attributes(Span span) {
        return span.getAttributesList().stream()
                .collect(Collectors.toMap(KeyValue::getKey, attribute -> attribute.getValue().getStringValue()));
    }
}
