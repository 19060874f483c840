package io.quarkiverse.telemetry.runtime.prometheus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * One OpenTelemetry {@link PrometheusMetricReader} per configured Prometheus exporter, created before the SDK (which
 * registers them) so that joining {@code /q/metrics} does not depend on the order of start-up steps; and the
 * listeners of the exporters that have a port of their own, open while the application runs.
 */
@Singleton
public class PrometheusReaders {

    private static final Logger LOG = Logger.getLogger(PrometheusReaders.class);

    private final Instance<Vertx> vertx;
    private final AttributeValueLimit attributeValueLimit;
    private final Map<ExporterSettings, PrometheusMetricReader> readers = new LinkedHashMap<>();
    private final List<PrometheusListener> listeners = new ArrayList<>();
    private volatile boolean scrapeServed;

    PrometheusReaders(TelemetrySettings settings, Instance<Vertx> vertx) {
        this.vertx = vertx;
        this.attributeValueLimit = settings.attributeValueLimit();
        if (settings.enabled() && settings.metricsEnabled()) {
            for (ExporterSettings exporter : settings.metricExporters()) {
                if (exporter.type().equals(ExporterSettings.PROMETHEUS)) {
                    // No resource attribute becomes a label: they are in target_info.
                    readers.put(exporter, new PrometheusMetricReader(null));
                }
            }
        }
    }

    /** The longest label value the listeners serve. */
    public AttributeValueLimit attributeValueLimit() {
        return attributeValueLimit;
    }

    /** The reader of a configured Prometheus exporter. */
    public PrometheusMetricReader readerOf(ExporterSettings exporter) {
        return readers.get(exporter);
    }

    /**
     * The reader of the exporter served at {@code /q/metrics}, if one is configured; it reads nothing until the SDK
     * is built with it.
     */
    public Optional<PrometheusMetricReader> scrapeReader() {
        return readers.entrySet().stream().filter(entry -> entry.getKey().inScrape())
                .map(Map.Entry::getValue).findFirst();
    }

    /** Called once the reader served at {@code /q/metrics} has joined Micrometer's registry. */
    void scrapeJoined() {
        scrapeServed = true;
    }

    /** Whether {@code /q/metrics} serves the plugins' metrics: there is a Micrometer Prometheus registry to join. */
    public boolean scrapeServed() {
        return scrapeServed;
    }

    /**
     * Opens the listeners of the Prometheus exporters that have a port, once the application's event loops run (a
     * listen during run-time init hangs); a port that cannot be bound fails start-up.
     */
    synchronized void startListeners(@Observes StartupEvent start) {
        readers.forEach((exporter, reader) -> {
            if (exporter.listens()) {
                listeners.add(PrometheusListener.start(vertx.get(), exporter, reader, attributeValueLimit));
                LOG.infof("Plugin metrics served at %s (%s)", exporter.listenerUrl(), exporter.key());
            }
        });
    }

    synchronized void stopListeners(@Observes ShutdownEvent stop) {
        listeners.forEach(PrometheusListener::close);
        listeners.clear();
    }
}
