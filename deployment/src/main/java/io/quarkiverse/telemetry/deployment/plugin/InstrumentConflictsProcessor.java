package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Fails the build when one plugin (with its modules) asks for two instruments of one constant name but of different
 * kinds, naming both requesters (from the inventory); names built at run time, and units, are checked when the
 * instrument is created. When injection points fail to resolve, their conflicts are reported with them.
 */
class InstrumentConflictsProcessor {

    @BuildStep
    void failOnConflictingConstantNames(TelemetryInventoryBuildItem inventory, ValidationPhaseBuildItem validation,
            BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> problems = conflicts(inventory.getPlugins());
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(BuildProblems.asError(problems)));
        }
    }

    /** One problem for each instrument name requested as more than one kind. */
    static List<String> conflicts(List<PluginInventory> plugins) {
        List<String> problems = new ArrayList<>();
        for (PluginInventory plugin : plugins) {
            for (InventoriedInstrument instrument : plugin.instruments()) {
                Map.Entry<InstrumentKind, String> first = null;
                for (Map.Entry<InstrumentKind, String> request : instrument.requestedAs().entrySet()) {
                    if (first == null) {
                        first = request;
                    } else {
                        problems.add("Instrument '" + instrument.name() + "' is requested as " + request.getKey()
                                + " by " + request.getValue() + " and as " + first.getKey() + " by " + first.getValue()
                                + ": one name is one instrument of one kind; give one of them another name");
                    }
                }
            }
        }
        return problems;
    }
}
