package io.quarkiverse.telemetry.runtime.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/** The exporters in SmallRye Health's wellness group ({@code /q/health/well}): reported, never taking the application down. */
@Wellness
@Singleton
public class ExportersWellnessCheck implements HealthCheck {

    private final ExportersHealth health;

    ExportersWellnessCheck(ExportersHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        return health.check();
    }
}
