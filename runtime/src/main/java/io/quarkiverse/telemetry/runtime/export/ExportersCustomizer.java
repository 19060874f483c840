package io.quarkiverse.telemetry.runtime.export;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.exporter.logging.LoggingMetricExporter;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanLimits;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.Secrets;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusReaders;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;
import io.quarkus.opentelemetry.runtime.config.build.ExporterType;
import io.quarkus.opentelemetry.runtime.config.build.OTelBuildConfig;
import io.quarkus.opentelemetry.runtime.config.runtime.BatchSpanProcessorConfig;
import io.quarkus.opentelemetry.runtime.config.runtime.OTelRuntimeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Adds the configured exporters and resource attributes to the SDK that quarkus-opentelemetry builds: Prometheus
 * readers (from {@link PrometheusReaders}), periodic readers over OTLP, logging and contributed exporters, span
 * processors, views. Runs after quarkus-opentelemetry's own customizers (lower priority), so
 * {@code telemetry.resource.*} has the last word.
 */
@Singleton
@Priority(-100)
public class ExportersCustomizer implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    static final String EXPORTS = "telemetry.exporter.exports";
    static final String SLOW_EXPORTS = "telemetry.exporter.slow_exports";
    static final String LOST_SPANS = "telemetry.exporter.lost_spans";
    private static final AttributeKey<String> EXPORTER = AttributeKey.stringKey("exporter");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
    private static final AttributeKey<String> INSTANCE_ID = AttributeKey.stringKey(TelemetrySettings.SERVICE_INSTANCE_ID);

    private final TelemetrySettings settings;
    private final Instance<Vertx> vertx;
    private final OTelRuntimeConfig otel;
    private final ContributedExports contributed;
    private final PrometheusReaders prometheus;
    private final Secrets secrets;
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final List<ExportHealth> exportHealth = new CopyOnWriteArrayList<>();
    /** The span exporters' among them: only they can lose spans. */
    private final List<ExportHealth> spanExportHealth = new CopyOnWriteArrayList<>();

    ExportersCustomizer(TelemetrySettings settings, OTelRuntimeConfig otel, OTelBuildConfig otelBuild,
            Instance<Vertx> vertx, ContributedExports contributed, PrometheusReaders prometheus) {
        this.settings = settings;
        this.vertx = vertx;
        this.otel = otel;
        this.contributed = contributed;
        this.prometheus = prometheus;
        this.secrets = settings.secrets();
        RedactingLogFilter.install(secrets);
        SenderLogFilter.install(!ownExporterInUse(otelBuild));
    }

    /**
     * The resource with a {@code service.instance.id}: the one configured, else a random UUID made now, once per start
     * (at run time, never in a native image's build), so that replicas' series never share an identity downstream.
     */
    static Resource withInstanceId(Resource resource) {
        if (resource.getAttribute(INSTANCE_ID) != null) {
            return resource;
        }
        return resource.merge(Resource.create(Attributes.of(INSTANCE_ID, UUID.randomUUID().toString())));
    }

    /** Whether quarkus-opentelemetry's own exporter is on for a signal (its {@code quarkus.otel.*.exporter}). */
    private static boolean ownExporterInUse(OTelBuildConfig otel) {
        return otel.enabled() && (exports(otel.traces().enabled().orElse(true), otel.traces().exporter())
                || exports(otel.metrics().enabled().orElse(false), otel.metrics().exporter())
                || exports(otel.logs().enabled().orElse(false), otel.logs().exporter()));
    }

    private static boolean exports(boolean enabled, List<String> exporters) {
        return enabled && exporters.stream().anyMatch(exporter -> !exporter.equals(ExporterType.Constants.NONE_VALUE));
    }

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (!settings.enabled()) {
            return;
        }
        AttributesBuilder attributes = Attributes.builder();
        settings.resourceAttributes().forEach(attributes::put);
        Resource configured = Resource.create(attributes.build());
        builder.addResourceCustomizer((existing, config) -> withInstanceId(existing.merge(configured)));
        if (settings.metricsEnabled()) {
            builder.addMeterProviderCustomizer((meterProvider, config) -> configureMeterProvider(meterProvider));
        }
        if (settings.tracingEnabled()) {
            builder.addTracerProviderCustomizer((tracerProvider, config) -> addSpanProcessors(limitSpans(tracerProvider)));
        }
    }

    private SdkMeterProviderBuilder configureMeterProvider(SdkMeterProviderBuilder meterProvider) {
        for (ExporterSettings exporter : settings.metricExporters()) {
            switch (exporter.type()) {
                case ExporterSettings.PROMETHEUS -> meterProvider.registerMetricReader(prometheus.readerOf(exporter));
                case ExporterSettings.OTLP -> meterProvider
                        .registerMetricReader(periodic(exporter.key(), exporter.toString(),
                                OtlpExporters.metricExporter(exporter, vertx.get())));
                case ExporterSettings.LOGGING -> meterProvider.registerMetricReader(
                        periodic(exporter.key(), exporter.toString(), LoggingMetricExporter.create()));
                default -> meterProvider.registerMetricReader(periodic(exporter.key(), exporter.toString(),
                        contributed.metricExporter(exporter, settings)));
            }
        }
        contributed.metricExporters().forEach(exporter -> meterProvider
                .registerMetricReader(periodic(exporter.getClass().getName(),
                        "MetricExporter bean " + exporter.getClass().getName(), exporter)));
        contributed.metricReaders().forEach(meterProvider::registerMetricReader);
        contributed.views().forEach(view -> meterProvider.registerView(view.selector(), view.view()));
        // A view per plugin with a limit: OpenTelemetry sets cardinality limits per view or per reader only.
        settings.cardinalityLimits().forEach((scope, limit) -> meterProvider.registerView(
                InstrumentSelector.builder().setMeterName(scope).build(),
                View.builder().setCardinalityLimit(limit).build()));
        return meterProvider;
    }

    /** Exports every interval, watched by its {@link ExportHealth}, once at shutdown. */
    private MetricReader periodic(String name, String description, MetricExporter exporter) {
        ExportHealth health = watched(name, description, settings.exportInterval());
        return new FinalExportOnShutdownReader(PeriodicMetricReader
                .builder(new WatchedMetricExporter(exporter, health, settings.attributeValueLimit()))
                .setInterval(settings.exportInterval()).build(), shuttingDown);
    }

    /** A new exporter's health, in {@link #exportHealth()}; exports slower than the interval count as slow. */
    private ExportHealth watched(String name, String description, Duration interval) {
        ExportHealth health = new ExportHealth(name, description, interval, secrets, shuttingDown);
        exportHealth.add(health);
        return health;
    }

    /** The health of every exporter that pushes (periodic metric exporters, batched span exporters). */
    public List<ExportHealth> exportHealth() {
        return List.copyOf(exportHealth);
    }

    /**
     * Counts every pushing exporter's exports in the root service's scope ({@code backstage-root}), so that failing
     * and slow exports show in every scrape and export: {@code telemetry.exporter.exports} by {@code exporter} and
     * {@code outcome} ({@code delivered}, {@code failed}), {@code telemetry.exporter.slow_exports} and
     * {@code telemetry.exporter.lost_spans} by {@code exporter}.
     */
    void countExports(@Observes StartupEvent start, RootTelemetryService root) {
        root.createObservableCounter(EXPORTS, MetricOptions.builder().description(
                "Exports of each exporter that pushes, by outcome")
                .unit("{export}").build(), measurement -> exportHealth.forEach(health -> {
                    measurement.record(health.delivered(), Attributes.of(EXPORTER, health.name(), OUTCOME, "delivered"));
                    measurement.record(health.failed(), Attributes.of(EXPORTER, health.name(), OUTCOME, "failed"));
                }));
        root.createObservableCounter(LOST_SPANS, MetricOptions.builder().description(
                "Spans lost because the export that carried them failed, or dropped from a full export queue")
                .unit("{span}").build(),
                measurement -> spanExportHealth.forEach(
                        health -> measurement.record(health.lost(), Attributes.of(EXPORTER, health.name()))));
        root.createObservableCounter(SLOW_EXPORTS, MetricOptions.builder().description(
                "Exports delivered later than the export interval (spans: the batch delay)").unit("{export}").build(),
                measurement -> exportHealth.forEach(
                        health -> measurement.record(health.slow(), Attributes.of(EXPORTER, health.name()))));
    }

    /** From now on an export is the final one; observed before quarkus-opentelemetry flushes and shuts the SDK down. */
    void shuttingDown(@Observes ShutdownEvent stop) {
        shuttingDown.set(true);
    }

    private SdkTracerProviderBuilder addSpanProcessors(SdkTracerProviderBuilder tracerProvider) {
        for (ExporterSettings exporter : settings.spanExporters()) {
            SpanProcessor processor = switch (exporter.type()) {
                case ExporterSettings.OTLP -> batched(exporter.key(), exporter.toString(),
                        OtlpExporters.spanExporter(exporter, vertx.get()));
                case ExporterSettings.LOGGING -> SimpleSpanProcessor.create(LoggingSpanExporter.create());
                default -> batched(exporter.key(), exporter.toString(), contributed.spanExporter(exporter, settings));
            };
            tracerProvider.addSpanProcessor(processor);
        }
        contributed.spanExporters().forEach(exporter -> tracerProvider.addSpanProcessor(batched(
                exporter.getClass().getName(), "SpanExporter bean " + exporter.getClass().getName(), exporter)));
        return tracerProvider;
    }

    /**
     * Span attribute values are cut at {@code telemetry.attribute-value-length-limit} by the SDK's own span limits,
     * unless quarkus-opentelemetry's value length limit is set; its other span limits are kept.
     */
    private SdkTracerProviderBuilder limitSpans(SdkTracerProviderBuilder tracerProvider) {
        if (otel.span().attributeValueLengthLimit().isEmpty() && otel.attribute().valueLengthLimit().isEmpty()) {
            tracerProvider.setSpanLimits(SpanLimits.builder()
                    .setMaxNumberOfAttributes(otel.span().attributeCountLimit())
                    .setMaxNumberOfEvents(otel.span().eventCountLimit())
                    .setMaxNumberOfLinks(otel.span().linkCountLimit())
                    .setMaxAttributeValueLength(settings.attributeValueLimit().length()).build());
        }
        return tracerProvider;
    }

    /** Exports in batches, watched by its {@link ExportHealth}. */
    private SpanProcessor batched(String name, String description, SpanExporter exporter) {
        BatchSpanProcessorConfig batching = otel.bsp();
        ExportHealth health = watched(name, description, batching.scheduleDelay());
        spanExportHealth.add(health);
        return BatchSpanProcessor.builder(new WatchedSpanExporter(exporter, health))
                .setMeterProvider(new SpanQueueDrops(health))
                .setScheduleDelay(batching.scheduleDelay())
                .setMaxQueueSize(batching.maxQueueSize())
                .setMaxExportBatchSize(batching.maxExportBatchSize())
                .setExporterTimeout(batching.exportTimeout())
                .build();
    }
}
