package io.quarkiverse.telemetry.runtime.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;

/**
 * The state of the exporters and of the SDK binding ({@link ExporterStates}) as one health check response: DOWN while
 * a pushing exporter is.
 */
@Singleton
public class ExportersHealth {

    static final String NAME = "telemetry exporters";

    private final ExporterStates states;
    private final TelemetrySettings settings;

    ExportersHealth(ExporterStates states, TelemetrySettings settings) {
        this.states = states;
        this.settings = settings;
    }

    HealthCheckResponse check() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up().withData("sdk", states.sdk());
        for (ExporterStates.State state : states.exporters()) {
            response.withData(state.name(), state.detail());
            if (!state.up()) {
                response.down();
            }
        }
        return response.build();
    }

    /** Whether this check also counts for readiness ({@code telemetry.health.readiness}). */
    boolean inReadiness() {
        return settings.exportersInReadiness();
    }
}
