package io.quarkiverse.telemetry.deployment.registry;

import java.net.URI;

import io.quarkiverse.telemetry.deployment.operations.OperationsFileBuildItem;
import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;

/**
 * The application's telemetry as an OpenTelemetry Weaver registry ({@link TelemetryRegistry}), built from the
 * inventory and written with the files for operators under {@value #DIRECTORY}/.
 */
class RegistryProcessor {

    /** The registry's directory among the files for operators. */
    static final String DIRECTORY = "registry";

    @BuildStep
    TelemetryRegistryBuildItem registry(TelemetryInventoryBuildItem inventory, ApplicationInfoBuildItem application) {
        return new TelemetryRegistryBuildItem(TelemetryRegistry.of(application.getVersion(), inventory.getPlugins()));
    }

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    void registryFiles(TelemetryRegistryBuildItem registry, ApplicationInfoBuildItem application,
            TelemetryBuildConfig config, BuildProducer<OperationsFileBuildItem> files) {
        URI schemaBaseUrl = config.registry().schemaBaseUrl()
                .orElseGet(() -> URI.create("https://telemetry.invalid/" + application.getName()));
        RegistryYaml.files(registry.getRegistry(), application.getName(), schemaBaseUrl)
                .forEach((name, content) -> files.produce(new OperationsFileBuildItem(DIRECTORY + "/" + name, content)));
    }
}
