package io.quarkiverse.telemetry.runtime.health;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.export.ExportHealth;
import io.quarkiverse.telemetry.runtime.export.ExportersCustomizer;

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

    ExportersHealth(ExportersCustomizer exporters, TelemetrySettings settings, RootTelemetryService root) {
        this.exporters = exporters;
        this.settings = settings;
        this.root = root;
    }

    HealthCheckResponse check() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up().withData("sdk", sdk());
        for (ExporterSettings exporter : settings.metricExporters()) {
            if (exporter.inScrape()) {
                response.withData(exporter.key(), "UP: pulled at /q/metrics");
            } else if (exporter.listens()) {
                response.withData(exporter.key(), "UP: pulled at http://" + exporter.host() + ":"
                        + exporter.port().getAsInt() + exporter.path());
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
