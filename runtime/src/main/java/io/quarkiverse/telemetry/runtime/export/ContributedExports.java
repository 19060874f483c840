package io.quarkiverse.telemetry.runtime.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.spi.ExporterContext;
import io.quarkiverse.telemetry.spi.MetricExporterProvider;
import io.quarkiverse.telemetry.spi.MetricView;
import io.quarkiverse.telemetry.spi.SpanExporterProvider;
import io.quarkus.arc.All;
import io.quarkus.opentelemetry.runtime.config.build.OTelBuildConfig;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * What the application and the jars on its class path contribute as beans: exporter types (providers), and
 * OpenTelemetry SDK objects added to the SDK as they are. Exporter beans that quarkus-opentelemetry itself uses (its
 * {@code cdi} exporter) are left to it, so that nothing exports twice.
 */
@Singleton
public class ContributedExports {

    private static final String CDI = "cdi";

    private final Map<String, MetricExporterProvider> metricProviders;
    private final Map<String, SpanExporterProvider> spanProviders;
    private final List<MetricExporter> metricExporters;
    private final List<MetricReader> metricReaders;
    private final List<SpanExporter> spanExporters;
    private final List<MetricView> views;

    ContributedExports(@All List<MetricExporterProvider> metricProviders, @All List<SpanExporterProvider> spanProviders,
            @All List<MetricExporter> metricExporters, @All List<MetricReader> metricReaders,
            @All List<SpanExporter> spanExporters, @All List<MetricView> views, OTelBuildConfig otel) {
        this.metricProviders = byType(metricProviders, MetricExporterProvider::type, "MetricExporterProvider",
                TelemetrySettings.METRIC_EXPORTER_TYPES);
        this.spanProviders = byType(spanProviders, SpanExporterProvider::type, "SpanExporterProvider",
                TelemetrySettings.SPAN_EXPORTER_TYPES);
        this.metricExporters = otel.metrics().exporter().contains(CDI) ? List.of() : List.copyOf(metricExporters);
        this.metricReaders = List.copyOf(metricReaders);
        this.spanExporters = otel.traces().exporter().contains(CDI) ? List.of() : List.copyOf(spanExporters);
        this.views = List.copyOf(views);
    }

    /** Providers by type; two for one type, or one for a built-in type, fail start-up naming both. */
    private static <P> Map<String, P> byType(List<P> providers, Function<P, String> type, String kind,
            List<String> builtIn) {
        Map<String, P> byType = new TreeMap<>();
        for (P provider : providers) {
            String name = type.apply(provider);
            if (builtIn.contains(name)) {
                throw new ConfigurationException(kind + " " + provider.getClass().getName() + " contributes the type '"
                        + name + "', which is built in: give it another type name");
            }
            P other = byType.putIfAbsent(name, provider);
            if (other != null) {
                throw new ConfigurationException("The " + kind + "s " + other.getClass().getName() + " and "
                        + provider.getClass().getName() + " both contribute the exporter type '" + name
                        + "': a type has one provider");
            }
        }
        return byType;
    }

    Set<String> metricExporterTypes() {
        return metricProviders.keySet();
    }

    Set<String> spanExporterTypes() {
        return spanProviders.keySet();
    }

    MetricExporter metricExporter(ExporterSettings exporter, TelemetrySettings settings) {
        return create(exporter, settings, metricProviders.get(exporter.type())::createMetricExporter);
    }

    SpanExporter spanExporter(ExporterSettings exporter, TelemetrySettings settings) {
        return create(exporter, settings, spanProviders.get(exporter.type())::createSpanExporter);
    }

    /** The provider's exporter; a setting it refuses fails start-up naming the exporter. */
    private static <E> E create(ExporterSettings exporter, TelemetrySettings settings,
            Function<ExporterContext, E> provider) {
        try {
            return provider.apply(new ExporterContext(exporter.name(), exporter.key(), exporter.config(),
                    settings.exportInterval()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Exporter " + exporter + " cannot start: " + e.getMessage(), e);
        }
    }

    /** Application {@link MetricExporter} beans, each exported periodically; none when quarkus-opentelemetry uses them. */
    List<MetricExporter> metricExporters() {
        return metricExporters;
    }

    /** Application {@link MetricReader} beans (quarkus-opentelemetry ignores them). */
    List<MetricReader> metricReaders() {
        return metricReaders;
    }

    /** Application {@link SpanExporter} beans, batched; none when quarkus-opentelemetry uses them. */
    List<SpanExporter> spanExporters() {
        return spanExporters;
    }

    /** Application {@link MetricView} beans. */
    List<MetricView> views() {
        return views;
    }
}
