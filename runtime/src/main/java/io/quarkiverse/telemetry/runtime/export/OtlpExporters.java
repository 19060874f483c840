package io.quarkiverse.telemetry.runtime.export;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.exporter.internal.grpc.GrpcExporter;
import io.opentelemetry.exporter.internal.grpc.GrpcSender;
import io.opentelemetry.exporter.internal.http.HttpExporter;
import io.opentelemetry.exporter.internal.marshal.Marshaler;
import io.opentelemetry.exporter.internal.otlp.metrics.MetricsRequestMarshaler;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.exporter.otlp.internal.OtlpUserAgent;
import io.opentelemetry.sdk.common.InternalTelemetryVersion;
import io.opentelemetry.sdk.internal.ComponentId;
import io.opentelemetry.sdk.internal.StandardComponentId.ExporterType;
import io.opentelemetry.sdk.metrics.export.AggregationTemporalitySelector;
import io.opentelemetry.sdk.metrics.export.DefaultAggregationSelector;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkus.opentelemetry.runtime.exporter.otlp.metrics.VertxGrpcMetricExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.metrics.VertxHttpMetricsExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.sender.VertxGrpcSender;
import io.quarkus.opentelemetry.runtime.exporter.otlp.sender.VertxHttpSender;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.VertxGrpcSpanExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.VertxHttpSpanExporter;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;

/**
 * OTLP exporters built on quarkus-opentelemetry's own: the same Vert.x senders, so they share the application's event
 * loop and behave in native images as quarkus-opentelemetry's single exporter does, one per configured name; its gRPC
 * sender made to answer each request once ({@link OneAnswerGrpcSender}).
 */
final class OtlpExporters {

    private static final String PROTOBUF = "application/x-protobuf";

    private OtlpExporters() {
    }

    static MetricExporter metricExporter(ExporterSettings settings, Vertx vertx) {
        AggregationTemporalitySelector cumulative = AggregationTemporalitySelector.alwaysCumulative();
        DefaultAggregationSelector explicitBuckets = DefaultAggregationSelector.getDefault();
        if (settings.protocol().equals(ExporterSettings.GRPC)) {
            return new VertxGrpcMetricExporter(new GrpcExporter<MetricsRequestMarshaler>(
                    grpcSender(settings, VertxGrpcSender.GRPC_METRIC_SERVICE_NAME, vertx), InternalTelemetryVersion.LATEST,
                    ComponentId.generateLazy(ExporterType.OTLP_GRPC_METRIC_EXPORTER), MeterProvider::noop,
                    settings.endpoint().toASCIIString()), cumulative, explicitBuckets);
        }
        return new VertxHttpMetricsExporter(new HttpExporter<MetricsRequestMarshaler>(
                ComponentId.generateLazy(ExporterType.OTLP_HTTP_METRIC_EXPORTER),
                httpSender(settings, VertxHttpSender.METRICS_PATH, vertx), MeterProvider::noop,
                InternalTelemetryVersion.LATEST, settings.endpoint().toASCIIString()), cumulative, explicitBuckets);
    }

    static SpanExporter spanExporter(ExporterSettings settings, Vertx vertx) {
        if (settings.protocol().equals(ExporterSettings.GRPC)) {
            return new VertxGrpcSpanExporter(new GrpcExporter<TraceRequestMarshaler>(
                    grpcSender(settings, VertxGrpcSender.GRPC_TRACE_SERVICE_NAME, vertx), InternalTelemetryVersion.LATEST,
                    ComponentId.generateLazy(ExporterType.OTLP_GRPC_SPAN_EXPORTER), MeterProvider::noop,
                    settings.endpoint().toASCIIString()));
        }
        return new VertxHttpSpanExporter(new HttpExporter<TraceRequestMarshaler>(
                ComponentId.generateLazy(ExporterType.OTLP_HTTP_SPAN_EXPORTER),
                httpSender(settings, VertxHttpSender.TRACES_PATH, vertx), MeterProvider::noop,
                InternalTelemetryVersion.LATEST, settings.endpoint().toASCIIString()));
    }

    private static <T extends Marshaler> GrpcSender<T> grpcSender(ExporterSettings settings, String service,
            Vertx vertx) {
        return new OneAnswerGrpcSender<T>(new VertxGrpcSender(settings.endpoint(), service, settings.gzip(),
                settings.timeout(), headers(settings), options -> secure(settings, options), vertx), vertx,
                settings.timeout());
    }

    private static VertxHttpSender httpSender(ExporterSettings settings, String signalPath, Vertx vertx) {
        return new VertxHttpSender(settings.endpoint(), signalPath, settings.gzip(), settings.timeout(),
                headers(settings), PROTOBUF, options -> secure(settings, options), vertx);
    }

    private static Map<String, String> headers(ExporterSettings settings) {
        Map<String, String> headers = new HashMap<>();
        OtlpUserAgent.addUserAgentHeader(headers::put);
        headers.putAll(settings.headers());
        return headers;
    }

    private static void secure(ExporterSettings settings, HttpClientOptions options) {
        if ("https".equals(settings.endpoint().getScheme())) {
            options.setSsl(true).setUseAlpn(true);
        }
    }
}
