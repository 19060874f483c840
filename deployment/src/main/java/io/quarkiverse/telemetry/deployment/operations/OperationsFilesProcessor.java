package io.quarkiverse.telemetry.deployment.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.quarkiverse.telemetry.deployment.plugin.InventoriedInstrument;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.pkg.builditem.OutputTargetBuildItem;

/**
 * The files for operators: the inventory ({@code inventory.json}), the scrape's family of each instrument (for the
 * rules and dashboards), and the writing of every
 * {@link OperationsFileBuildItem} to {@code telemetry.operations-files.directory},
 * unless {@code telemetry.operations-files.enabled=false}: in every build (package, dev mode and tests alike, so that
 * what runs is what the files say; Quarkus' own {@code GeneratedFileSystemResourceBuildItem} skips tests). A build
 * that cannot write them fails, naming the directory and the keys.
 */
public class OperationsFilesProcessor {

    /** On unless {@code telemetry.operations-files.enabled=false}. */
    public static class OperationsFilesEnabled implements BooleanSupplier {

        TelemetryBuildConfig config;

        @Override
        public boolean getAsBoolean() {
            return config.operationsFiles().enabled();
        }
    }

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    OperationsFileBuildItem inventoryFile(TelemetryInventoryBuildItem inventory) {
        return new OperationsFileBuildItem("inventory.json", InventoryJson.of(inventory.getPlugins()));
    }

    /** The scrape's family of every instrument, which the rules and the dashboards query. */
    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    ScrapedFamiliesBuildItem scrapedFamilies(TelemetryInventoryBuildItem inventory) {
        Map<String, ScrapedFamilies.Family> families = new HashMap<>();
        for (PluginInventory plugin : inventory.getPlugins()) {
            for (InventoriedInstrument instrument : plugin.instruments()) {
                ScrapedFamilies.of(plugin, instrument)
                        .ifPresent(family -> families.put(ScrapedFamiliesBuildItem.key(plugin, instrument), family));
            }
        }
        return new ScrapedFamiliesBuildItem(families);
    }

    // a validation step, so that it runs in every launch mode: nothing else consumes what it does
    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    void writeOperationsFiles(TelemetryBuildConfig config, List<OperationsFileBuildItem> files,
            OutputTargetBuildItem outputTarget, ValidationPhaseBuildItem validation,
            BuildProducer<ValidationErrorBuildItem> errors) {
        Path directory = outputTarget.getOutputDirectory().resolve(config.operationsFiles().directory());
        try {
            for (OperationsFileBuildItem file : files) {
                Path path = directory.resolve(file.getName());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getContent());
            }
        } catch (IOException e) {
            errors.produce(new ValidationErrorBuildItem(new IllegalStateException("The telemetry operations files"
                    + " cannot be written to " + directory + " (telemetry.operations-files.directory; "
                    + "telemetry.operations-files.enabled=false turns them off): " + e, e)));
        }
    }
}
