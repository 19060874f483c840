package io.quarkiverse.telemetry.runtime.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.export.ExportHealth;
import io.quarkiverse.telemetry.runtime.export.ExportersCustomizer;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusReaders;

/**
 * The state of the SDK binding and of each exporter, in words: what the health checks ({@link ExportersHealth}) and the
 * Dev UI report. A pushing exporter is down while its exports fail or one has waited for the collector longer than the
 * interval, with the reason and since when; Prometheus exporters are pulled and always up.
 */
@Singleton
public class ExporterStates {

    /**
     * One exporter's state.
     *
     * @param name the exporter, as {@code telemetry.*.exporters."<name>"} names it (with its signal)
     * @param up whether it works
     * @param detail what it does or what fails, and since when
     */
    public record State(String name, boolean up, String detail) {
    }

    private final ExportersCustomizer exporters;
    private final TelemetrySettings settings;
    private final RootTelemetryService root;
    private final PrometheusReaders prometheus;

    ExporterStates(ExportersCustomizer exporters, TelemetrySettings settings, RootTelemetryService root,
            PrometheusReaders prometheus) {
        this.exporters = exporters;
        this.settings = settings;
        this.root = root;
        this.prometheus = prometheus;
    }

    /** Every exporter's state: the pulled ones first, then those that push. */
    public List<State> exporters() {
        List<State> states = new ArrayList<>();
        // Only what exists: with telemetry or its metrics off, no listener is opened and nothing is pulled.
        List<ExporterSettings> pulled = settings.enabled() && settings.metricsEnabled() ? settings.metricExporters()
                : List.of();
        for (ExporterSettings exporter : pulled) {
            if (exporter.inScrape()) {
                states.add(new State(exporter.key(), true, prometheus.scrapeServed() ? "UP: pulled at /q/metrics"
                        : "not served: no Micrometer Prometheus registry is enabled for /q/metrics"));
            } else if (exporter.listens()) {
                states.add(new State(exporter.key(), true, "UP: pulled at " + exporter.listenerUrl()));
            }
        }
        for (ExportHealth health : exporters.exportHealth()) {
            Instant waitingSince = health.waitingSince();
            if (health.failingSince() != null) {
                states.add(new State(health.name(), false, "DOWN since " + health.failingSince() + ": "
                        + health.lastFailure()));
            } else if (waitingSince != null) {
                states.add(new State(health.name(), false, "DOWN since " + waitingSince + ": an export has waited "
                        + Duration.between(waitingSince, Instant.now()).toMillis() + " ms for the collector, longer"
                        + " than the interval of " + health.interval().toMillis() + " ms"));
            } else {
                states.add(new State(health.name(), true, "UP: " + health.delivered() + " exports delivered"));
            }
        }
        return states;
    }

    /** Whether the plugins' meters and tracers are bound to the OpenTelemetry SDK, and if not, why. */
    public String sdk() {
        if (!settings.enabled()) {
            return "not bound: telemetry.enabled=false";
        }
        try {
            return root.getOpenTelemetry() instanceof OpenTelemetrySdk ? "bound"
                    : "not bound: OpenTelemetry is disabled (quarkus.otel.enabled=false)";
        } catch (IllegalStateException notYet) {
            return "not bound yet";
        }
    }
}
