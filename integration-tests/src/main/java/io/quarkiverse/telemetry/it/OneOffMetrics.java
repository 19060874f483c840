package io.quarkiverse.telemetry.it;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Backstage's one-off metrics, from before the telemetry service, written the old way straight into Micrometer and
 * kept for one release beside the service's, under their old names; each help text starts with {@code DEPRECATED}.
 * Where an old name is the new metric's Prometheus name, the scrape serves one family with both series (the new ones
 * carry {@code otel_scope_name}). {@code backstage.metrics.deprecated.enabled=false} turns them all off.
 */
@ApplicationScoped
public class OneOffMetrics {

    private final MeterRegistry registry;
    private final boolean enabled;

    @Inject
    public OneOffMetrics(MeterRegistry registry,
            @ConfigProperty(name = "backstage.metrics.deprecated.enabled", defaultValue = "true") boolean enabled) {
        this.registry = registry;
        this.enabled = enabled;
    }

    /** Adds one to a deprecated counter. */
    public void count(String name, String successor, String... tags) {
        if (enabled) {
            Counter.builder(name).description(deprecated(successor)).tags(tags).register(registry).increment();
        }
    }

    /** Records a value in a deprecated histogram with the given buckets. */
    public void record(String name, String successor, List<Double> buckets, double value, String... tags) {
        if (enabled) {
            DistributionSummary.builder(name).description(deprecated(successor)).tags(tags)
                    .serviceLevelObjectives(buckets.stream().mapToDouble(Double::doubleValue).toArray())
                    .register(registry).record(value);
        }
    }

    private static String deprecated(String successor) {
        return "DEPRECATED, removed in the next release: use " + successor;
    }
}
