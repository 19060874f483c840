package io.quarkiverse.telemetry.runtime.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.exporter.logging.LoggingMetricExporter;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusListener;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;
import io.quarkus.opentelemetry.runtime.config.runtime.BatchSpanProcessorConfig;
import io.quarkus.opentelemetry.runtime.config.runtime.OTelRuntimeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Adds the configured exporters and resource attributes to the SDK that quarkus-opentelemetry builds. Runs after
 * quarkus-opentelemetry's own customizers (lower priority), so {@code telemetry.resource.*} has the last word.
 */
@Singleton
@Priority(-100)
public class TelemetryExports implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    private static final Logger LOG = Logger.getLogger(TelemetryExports.class);

    private final TelemetrySettings settings;
    private final Instance<Vertx> vertx;
    private final BatchSpanProcessorConfig batching;
    private final ContributedExports contributed;
    /** One reader per Prometheus exporter, registered with the SDK and read by a scrape. */
    private final Map<ExporterSettings, PrometheusMetricReader> prometheusReaders = new LinkedHashMap<>();
    private final List<PrometheusListener> listeners = new ArrayList<>();

    TelemetryExports(TelemetryConfig config, OTelRuntimeConfig otel, Instance<Vertx> vertx,
            ContributedExports contributed) {
        this.settings = TelemetrySettings.from(config, contributed.metricExporterTypes(),
                contributed.spanExporterTypes());
        this.vertx = vertx;
        this.batching = otel.bsp();
        this.contributed = contributed;
        if (settings.enabled() && settings.metricsEnabled()) {
            for (ExporterSettings exporter : settings.metricExporters()) {
                if (exporter.type().equals(ExporterSettings.PROMETHEUS)) {
                    // No resource attribute becomes a label: they are in target_info.
                    prometheusReaders.put(exporter, new PrometheusMetricReader(null));
                }
            }
        }
    }

    /** The validated configuration. */
    public TelemetrySettings settings() {
        return settings;
    }

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (!settings.enabled()) {
            return;
        }
        if (!settings.resourceAttributes().isEmpty()) {
            AttributesBuilder attributes = Attributes.builder();
            settings.resourceAttributes().forEach(attributes::put);
            Resource resource = Resource.create(attributes.build());
            builder.addResourceCustomizer((existing, config) -> existing.merge(resource));
        }
        if (settings.metricsEnabled()) {
            builder.addMeterProviderCustomizer((meterProvider, config) -> configureMeterProvider(meterProvider));
        }
        if (settings.tracingEnabled()) {
            builder.addTracerProviderCustomizer((tracerProvider, config) -> addSpanProcessors(tracerProvider));
        }
    }

    private SdkMeterProviderBuilder configureMeterProvider(SdkMeterProviderBuilder meterProvider) {
        for (ExporterSettings exporter : settings.metricExporters()) {
            switch (exporter.type()) {
                case ExporterSettings.PROMETHEUS -> meterProvider.registerMetricReader(prometheusReaders.get(exporter));
                case ExporterSettings.OTLP -> meterProvider
                        .registerMetricReader(periodic(OtlpExporters.metricExporter(exporter, vertx.get())));
                case ExporterSettings.LOGGING -> meterProvider.registerMetricReader(periodic(LoggingMetricExporter.create()));
                default -> meterProvider.registerMetricReader(periodic(contributed.metricExporter(exporter, settings)));
            }
        }
        contributed.metricExporters().forEach(exporter -> meterProvider.registerMetricReader(periodic(exporter)));
        contributed.metricReaders().forEach(meterProvider::registerMetricReader);
        contributed.views().forEach(view -> meterProvider.registerView(view.selector(), view.view()));
        // A view per plugin with a limit: OpenTelemetry sets cardinality limits per view or per reader only.
        settings.cardinalityLimits().forEach((scope, limit) -> meterProvider.registerView(
                InstrumentSelector.builder().setMeterName(scope).build(),
                View.builder().setCardinalityLimit(limit).build()));
        return meterProvider;
    }

    private PeriodicMetricReader periodic(MetricExporter exporter) {
        return PeriodicMetricReader.builder(exporter).setInterval(settings.exportInterval()).build();
    }

    private SdkTracerProviderBuilder addSpanProcessors(SdkTracerProviderBuilder tracerProvider) {
        for (ExporterSettings exporter : settings.spanExporters()) {
            SpanProcessor processor = switch (exporter.type()) {
                case ExporterSettings.OTLP -> batched(OtlpExporters.spanExporter(exporter, vertx.get()));
                case ExporterSettings.LOGGING -> SimpleSpanProcessor.create(LoggingSpanExporter.create());
                default -> batched(contributed.spanExporter(exporter, settings));
            };
            tracerProvider.addSpanProcessor(processor);
        }
        contributed.spanExporters().forEach(exporter -> tracerProvider.addSpanProcessor(batched(exporter)));
        return tracerProvider;
    }

    private SpanProcessor batched(SpanExporter exporter) {
        return BatchSpanProcessor.builder(exporter)
                .setScheduleDelay(batching.scheduleDelay())
                .setMaxQueueSize(batching.maxQueueSize())
                .setMaxExportBatchSize(batching.maxExportBatchSize())
                .setExporterTimeout(batching.exportTimeout())
                .build();
    }

    /**
     * The reader of the exporter served at {@code /q/metrics}, if one is configured; it reads nothing until the SDK
     * is built with it.
     */
    public Optional<PrometheusMetricReader> scrapeReader() {
        return prometheusReaders.entrySet().stream().filter(entry -> entry.getKey().inScrape())
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * Opens the listeners of the Prometheus exporters that have a port, once the application's event loops run; a
     * port that cannot be bound fails start-up.
     */
    synchronized void startListeners(@Observes StartupEvent start) {
        prometheusReaders.forEach((exporter, reader) -> {
            if (exporter.listens()) {
                listeners.add(PrometheusListener.start(vertx.get(), exporter, reader));
                LOG.infof("Plugin metrics served at http://%s:%d%s (%s)", exporter.host(), exporter.port().getAsInt(),
                        exporter.path(), exporter.key());
            }
        });
    }

    synchronized void stopListeners(@Observes ShutdownEvent stop) {
        listeners.forEach(PrometheusListener::close);
        listeners.clear();
    }
}
