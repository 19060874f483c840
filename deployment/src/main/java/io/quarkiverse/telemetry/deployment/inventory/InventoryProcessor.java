package io.quarkiverse.telemetry.deployment.inventory;

import java.util.HashMap;
import java.util.Map;

import org.jboss.jandex.DotName;

import io.quarkiverse.telemetry.deployment.operations.OperationsFileBuildItem;
import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.PluginInjectionPointsBuildItem;
import io.quarkiverse.telemetry.deployment.plugin.PluginOwner;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * The telemetry inventory: what each plugin's code creates and records ({@link PluginCodeReader}), as a build item and
 * as the operations file {@code inventory.json}.
 */
class InventoryProcessor {

    @BuildStep
    TelemetryInventoryBuildItem inventory(PluginInjectionPointsBuildItem injectionPoints,
            CombinedIndexBuildItem combinedIndex) {
        Map<String, Map<String, PluginOwner>> injected = new HashMap<>();
        injectionPoints.getInjectionPoints().forEach(resolved -> injected
                .computeIfAbsent(resolved.point().declaringClass().name().toString('/'), name -> new HashMap<>())
                .put(resolved.point().bytecodeKey(), resolved.owner()));
        InventoryFindings findings = PluginCodeReader.read(injected,
                className -> combinedIndex.getIndex().getClassByName(DotName.createSimple(className)) != null);
        return new TelemetryInventoryBuildItem(findings.inventory(
                injectionPoints.getInjectionPoints().stream().map(PluginInjectionPointsBuildItem.Resolved::owner)
                        .toList()));
    }

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    OperationsFileBuildItem inventoryFile(TelemetryInventoryBuildItem inventory) {
        return new OperationsFileBuildItem("inventory.json", InventoryJson.of(inventory.getPlugins()));
    }
}
