package io.quarkiverse.telemetry.spi;

import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Contributes a span exporter type, as {@link MetricExporterProvider} does for metrics: used for every
 * {@code telemetry.tracing.exporters."<name>"} whose type is {@link #type()}; spans reach it in batches.
 */
public interface SpanExporterProvider {

    /** The exporter type, as {@code telemetry.tracing.exporters."<name>".type} names it; unique among providers. */
    String type();

    /**
     * Creates the exporter at start-up.
     *
     * @throws IllegalArgumentException for a missing or invalid setting: start-up fails with its message
     */
    SpanExporter createSpanExporter(ExporterContext context);
}
