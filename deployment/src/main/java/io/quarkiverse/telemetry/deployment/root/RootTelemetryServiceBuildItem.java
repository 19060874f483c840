package io.quarkiverse.telemetry.deployment.root;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkus.builder.item.SimpleBuildItem;
import io.quarkus.runtime.RuntimeValue;

/**
 * The root telemetry service, installed at static init. Another extension's static-init recorder may take it to
 * create instruments that are real from the start: what they record before the SDK starts reaches the first
 * collection.
 */
public final class RootTelemetryServiceBuildItem extends SimpleBuildItem {

    private final RuntimeValue<RootTelemetryService> root;

    public RootTelemetryServiceBuildItem(RuntimeValue<RootTelemetryService> root) {
        this.root = root;
    }

    public RuntimeValue<RootTelemetryService> getRoot() {
        return root;
    }
}
