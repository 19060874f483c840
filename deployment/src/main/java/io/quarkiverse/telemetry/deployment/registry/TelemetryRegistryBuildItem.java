package io.quarkiverse.telemetry.deployment.registry;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * The application's telemetry as a semantic-convention registry, built from the inventory: what the registry files
 * say, what the breaking-change check compares with a baseline.
 */
public final class TelemetryRegistryBuildItem extends SimpleBuildItem {

    private final TelemetryRegistry registry;

    public TelemetryRegistryBuildItem(TelemetryRegistry registry) {
        this.registry = registry;
    }

    /** The registry. */
    public TelemetryRegistry getRegistry() {
        return registry;
    }
}
