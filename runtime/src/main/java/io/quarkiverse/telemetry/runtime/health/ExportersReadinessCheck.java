package io.quarkiverse.telemetry.runtime.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The exporters in readiness only when {@code telemetry.health.readiness=true}; otherwise always UP, saying so, so that
 * a collector that is down never takes the application out of readiness by default.
 */
@Readiness
@Singleton
public class ExportersReadinessCheck implements HealthCheck {

    private final ExportersHealth health;

    ExportersReadinessCheck(ExportersHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        return health.inReadiness() ? health.check()
                : HealthCheckResponse.named(ExportersHealth.NAME).up()
                        .withData("readiness",
                                "not affected by exporters (telemetry.health.readiness=false); see /q/health/well")
                        .build();
    }
}
