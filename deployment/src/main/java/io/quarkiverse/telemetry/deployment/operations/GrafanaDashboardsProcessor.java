package io.quarkiverse.telemetry.deployment.operations;

import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/** {@code grafana/<plugin>.json}: a Grafana dashboard for every plugin with an instrument to chart. */
class GrafanaDashboardsProcessor {

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    void grafanaDashboards(TelemetryInventoryBuildItem inventory, ScrapedFamiliesBuildItem families,
            BuildProducer<OperationsFileBuildItem> files) {
        for (PluginInventory plugin : inventory.getPlugins()) {
            String dashboard = GrafanaDashboards.of(plugin, families);
            if (dashboard != null) {
                files.produce(new OperationsFileBuildItem("grafana/" + plugin.pluginId() + ".json", dashboard));
            }
        }
    }
}
