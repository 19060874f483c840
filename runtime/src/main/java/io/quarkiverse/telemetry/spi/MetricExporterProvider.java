package io.quarkiverse.telemetry.spi;

import io.opentelemetry.sdk.metrics.export.MetricExporter;

/**
 * Contributes a metric exporter type: an application bean (or a bean of a jar on the class path, with a Jandex index or
 * a {@code META-INF/beans.xml}) that is used for every {@code telemetry.metrics.exporters."<name>"} whose type is
 * {@link #type()}. The exporter it creates is called every export interval and shut down with the application.
 *
 * <pre>
 * &#64;Singleton
 * public class AuditFileExporterProvider implements MetricExporterProvider {
 *     public String type() {
 *         return "audit-file";
 *     }
 *
 *     public MetricExporter createMetricExporter(ExporterContext context) {
 *         return new AuditFileExporter(Path.of(context.require("path")));
 *     }
 * }
 * </pre>
 */
public interface MetricExporterProvider {

    /** The exporter type, as {@code telemetry.metrics.exporters."<name>".type} names it; unique among providers. */
    String type();

    /**
     * Creates the exporter at start-up.
     *
     * @throws IllegalArgumentException for a missing or invalid setting: start-up fails with its message
     */
    MetricExporter createMetricExporter(ExporterContext context);
}
