package io.quarkiverse.telemetry.deployment.operations;

import java.util.Map;
import java.util.Optional;

import io.quarkiverse.telemetry.deployment.operations.ScrapedFamilies.Family;
import io.quarkiverse.telemetry.deployment.plugin.InventoriedInstrument;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;
import io.quarkus.builder.item.SimpleBuildItem;

/** The Prometheus family of each instrument of the inventory ({@link ScrapedFamilies}), worked out once. */
final class ScrapedFamiliesBuildItem extends SimpleBuildItem {

    private final Map<String, Family> families;

    /** @param families by {@link #key} */
    ScrapedFamiliesBuildItem(Map<String, Family> families) {
        this.families = Map.copyOf(families);
    }

    /** The instrument's family, empty when its unit is computed at run time. */
    Optional<Family> of(PluginInventory plugin, InventoriedInstrument instrument) {
        return Optional.ofNullable(families.get(key(plugin, instrument)));
    }

    static String key(PluginInventory plugin, InventoriedInstrument instrument) {
        return plugin.pluginId() + "/" + instrument.name();
    }
}
