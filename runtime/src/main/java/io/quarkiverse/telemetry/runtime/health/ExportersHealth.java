package io.quarkiverse.telemetry.runtime.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.export.ExportHealth;
import io.quarkiverse.telemetry.runtime.export.ExportersCustomizer;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusReaders;

/**
 * The state of the exporters and of the SDK binding, as one health check response: DOWN while a pushing exporter's
 * exports fail or one has waited for the collector longer than the interval, with the reason and since when;
 * Prometheus exporters are pulled and always UP.
 */
@Singleton
public class ExportersHealth {

    static final String NAME = "telemetry exporters";

    private final ExportersCustomizer exporters;
    private final TelemetrySettings settings;
    private final RootTelemetryService root;
    private final PrometheusReaders prometheus;

    ExportersHealth(ExportersCustomizer exporters, TelemetrySettings settings, RootTelemetryService root,
            PrometheusReaders prometheus) {
        this.exporters = exporters;
        this.settings = settings;
        this.root = root;
        this.prometheus = prometheus;
    }

    HealthCheckResponse check() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up().withData("sdk", sdk());
        // Only what exists: with telemetry or its metrics off, no listener is opened and nothing is pulled.
        List<ExporterSettings> pulled = settings.enabled() && settings.metricsEnabled() ? settings.metricExporters()
                : List.of();
        for (ExporterSettings exporter : pulled) {
            if (exporter.inScrape()) {
                response.withData(exporter.key(), prometheus.scrapeServed() ? "UP: pulled at /q/metrics"
                        : "not served: no Micrometer Prometheus registry is enabled for /q/metrics");
            } else if (exporter.listens()) {
                response.withData(exporter.key(), "UP: pulled at " + exporter.listenerUrl());
            }
        }
        for (ExportHealth health : exporters.exportHealth()) {
            Instant waitingSince = health.waitingSince();
            if (health.failingSince() != null) {
                response.down().withData(health.name(), "DOWN since " + health.failingSince() + ": "
                        + health.lastFailure());
            } else if (waitingSince != null) {
                response.down().withData(health.name(), "DOWN since " + waitingSince + ": an export has waited "
                        + Duration.between(waitingSince, Instant.now()).toMillis() + " ms for the collector, longer"
                        + " than the interval of " + health.interval().toMillis() + " ms");
            } else {
                response.withData(health.name(), "UP: " + health.delivered() + " exports delivered");
            }
        }
        return response.build();
    }

    /** Whether this check also counts for readiness ({@code telemetry.health.readiness}). */
    boolean inReadiness() {
        return settings.exportersInReadiness();
    }

    private String sdk() {
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
