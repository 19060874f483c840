package io.quarkiverse.telemetry.runtime.prometheus;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.prometheus.client.CollectorRegistry;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;

/**
 * Puts a {@link MergingCollectorRegistry} behind Micrometer's Prometheus registry, in place of quarkus-micrometer's
 * default one. An application's own {@code CollectorRegistry} alternative of higher priority still wins.
 */
@Singleton
public class MergingCollectorRegistryProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    CollectorRegistry collectorRegistry(TelemetrySettings settings) {
        return new MergingCollectorRegistry(settings.attributeValueLimit());
    }
}
