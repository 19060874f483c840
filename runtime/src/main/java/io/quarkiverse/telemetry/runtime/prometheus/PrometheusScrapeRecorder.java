package io.quarkiverse.telemetry.runtime.prometheus;

import org.jboss.logging.Logger;

import io.prometheus.client.CollectorRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.Recorder;

/** Run-time init: the SDK's metrics join the scrape of Micrometer's Prometheus registry at {@code /q/metrics}. */
@Recorder
public class PrometheusScrapeRecorder {

    private static final Logger LOG = Logger.getLogger(PrometheusScrapeRecorder.class);

    /**
     * Registers the reader of the exporter served at {@code /q/metrics}, when one is configured, in the registry behind
     * Micrometer's, without creating Micrometer's registry (and its binders) now: that is Micrometer's to do when it
     * needs it.
     */
    public void joinScrape() {
        readers().scrapeReader().ifPresent(reader -> Arc.container().instance(CollectorRegistry.class).get()
                .register(new MetricSnapshotsCollector(reader)));
    }

    /** Warns that the exporter served at {@code /q/metrics}, when one is configured, has no scrape to join. */
    public void warnScrapeUnavailable() {
        readers().scrapeReader().ifPresent(reader -> LOG.warn("No Micrometer Prometheus registry is enabled, so plugin"
                + " metrics are not served at /q/metrics; enable quarkus.micrometer.export.prometheus.enabled, or give"
                + " the prometheus exporter a port"));
    }

    private static PrometheusReaders readers() {
        return Arc.container().instance(PrometheusReaders.class).get();
    }
}
