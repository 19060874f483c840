package io.quarkiverse.telemetry.runtime.export;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusReaders;
import io.quarkus.opentelemetry.runtime.exporter.otlp.sender.VertxHttpSender;
import io.quarkus.runtime.StartupEvent;

/**
 * Says once, at start-up, where telemetry goes: each exporter in force with its destination (the scrape path or
 * listener, the OTLP URL and protocol), and warns when configured exporters leave {@code /q/metrics} without the
 * plugins' metrics, which an operator scraping it would otherwise find out only from an empty dashboard.
 */
@Singleton
public class ExportersInForce {

    private static final Logger LOG = Logger.getLogger(ExportersInForce.class);

    private final TelemetrySettings settings;
    private final PrometheusReaders prometheus;
    private final ContributedExports contributed;

    ExportersInForce(TelemetrySettings settings, PrometheusReaders prometheus, ContributedExports contributed) {
        this.settings = settings;
        this.prometheus = prometheus;
        this.contributed = contributed;
    }

    void log(@Observes StartupEvent start) {
        if (!settings.enabled()) {
            LOG.info("Telemetry is off (telemetry.enabled=false): plugin instruments record nothing and nothing is"
                    + " exported");
            return;
        }
        String metrics = settings.metricsEnabled() ? destinations(settings.metricExporters(), VertxHttpSender.METRICS_PATH,
                contributed.metricExporters().stream().map(bean -> "MetricExporter bean " + bean.getClass().getName()))
                : "nowhere (telemetry.metrics.enabled=false)";
        String spans = settings.tracingEnabled() ? destinations(settings.spanExporters(), VertxHttpSender.TRACES_PATH,
                contributed.spanExporters().stream().map(bean -> "SpanExporter bean " + bean.getClass().getName()))
                : "nowhere (telemetry.tracing.enabled=false)";
        LOG.infof("Telemetry exports plugin metrics to %s; spans to %s", metrics, spans);
        if (settings.metricsEnabled() && settings.metricExporters().stream()
                .noneMatch(exporter -> exporter.type().equals(ExporterSettings.PROMETHEUS))) {
            LOG.warn("/q/metrics has no plugin metrics: the configured metric exporters replace the default scrape;"
                    + " to keep it, add telemetry.metrics.exporters.prometheus.enabled=true");
        }
    }

    private String destinations(List<ExporterSettings> exporters, String httpSignalPath, Stream<String> beans) {
        String described = Stream.concat(exporters.stream().map(exporter -> destination(exporter, httpSignalPath)), beans)
                .collect(Collectors.joining(", "));
        return described.isEmpty() ? "nowhere (no exporter configured)" : described;
    }

    private String destination(ExporterSettings exporter, String httpSignalPath) {
        String where = switch (exporter.type()) {
            case ExporterSettings.PROMETHEUS -> exporter.listens()
                    ? exporter.listenerUrl()
                    : prometheus.scrapeServed() ? "/q/metrics" : "nowhere (no Micrometer Prometheus registry)";
            case ExporterSettings.OTLP -> url(exporter.endpoint(), exporter.protocol().equals(ExporterSettings.GRPC)
                    ? ""
                    : httpSignalPath) + " over " + exporter.protocol();
            case ExporterSettings.LOGGING -> "the log";
            default -> "a " + exporter.type() + " exporter";
        };
        return where + " (" + exporter.key() + ")";
    }

    /** The endpoint as the sender uses it, without a query, which could carry a credential. */
    private static String url(URI endpoint, String signalPath) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort())
                + path + signalPath;
    }
}
