package io.quarkiverse.telemetry.internal.testsupport;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * Keeps every ended span of the application in memory, through quarkus-opentelemetry's customizer hook. A bean when
 * added to a test application, or through a {@code @Singleton} subclass in a {@code @QuarkusTest}'s sources.
 */
@Singleton
public class InMemorySpans implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addTracerProviderCustomizer(
                (tracerProvider, config) -> tracerProvider.addSpanProcessor(SimpleSpanProcessor.create(exporter)));
    }

    public List<SpanData> finished() {
        return exporter.getFinishedSpanItems();
    }

    /** The ended span of that name. */
    public SpanData named(String name) {
        return finished().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No ended span " + name + " in " + finished()));
    }
}
