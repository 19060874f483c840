package io.quarkiverse.telemetry.it.jsonl;

import java.nio.file.Path;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.quarkiverse.telemetry.spi.ExporterContext;
import io.quarkiverse.telemetry.spi.MetricExporterProvider;

/**
 * The metric exporter type {@value #TYPE}: {@code telemetry.metrics.exporters.<name>.type=jsonl-file} and
 * {@code ...config.path=<file>}.
 */
@Singleton
public class JsonLinesExporterProvider implements MetricExporterProvider {

    public static final String TYPE = "jsonl-file";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public MetricExporter createMetricExporter(ExporterContext context) {
        return new JsonLinesMetricExporter(Path.of(context.require("path")));
    }
}
