package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Reports constant attribute keys that usually take one value per user, entity or request (such as {@code user} or
 * {@code entity.id}) recorded on a plugin's metric instruments, as the inventory lists them: each value becomes a series
 * of its own, so memory and the scrape grow without bound. A warning of the build each, or, with
 * {@code telemetry.cardinality-guard.fail}, one build error naming them all. Keys computed at run time are not seen.
 */
class CardinalityGuardProcessor {

    private static final Logger LOG = Logger.getLogger(CardinalityGuardProcessor.class);

    /** On unless {@code telemetry.cardinality-guard.enabled=false}. */
    static class GuardEnabled implements BooleanSupplier {

        TelemetryBuildConfig config;

        @Override
        public boolean getAsBoolean() {
            return config.cardinalityGuard().enabled();
        }
    }

    @BuildStep(onlyIf = GuardEnabled.class)
    void reportUnboundedAttributeKeys(TelemetryBuildConfig config, TelemetryInventoryBuildItem inventory,
            ValidationPhaseBuildItem validation, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> findings = findings(inventory.getPlugins(), config.cardinalityGuard().unboundedKeys());
        if (findings.isEmpty()) {
            return;
        }
        if (config.cardinalityGuard().fail()) {
            errors.produce(new ValidationErrorBuildItem(BuildProblems.asError(findings)));
        } else {
            findings.forEach(finding -> LOG.warn(finding + "; telemetry.cardinality-guard.fail=true makes it fail the build"));
        }
    }

    /**
     * One finding per key, instrument and recording method, by plugin, instrument and key.
     *
     * @param keyPatterns the keys to report, {@code *} standing for any characters
     */
    static List<String> findings(List<PluginInventory> plugins, List<String> keyPatterns) {
        Pattern unbounded = Pattern.compile(keyPatterns.stream()
                .map(key -> Pattern.quote(key).replace("*", "\\E.*\\Q")).collect(Collectors.joining("|")));
        List<String> findings = new ArrayList<>();
        for (PluginInventory plugin : plugins) {
            for (InventoriedInstrument instrument : plugin.instruments()) {
                PluginOwner owner = new PluginOwner(plugin.pluginId(), instrument.moduleId());
                instrument.attributes().forEach((key, sites) -> {
                    if (unbounded.matcher(key).matches()) {
                        sites.forEach(site -> findings.add("Attribute '" + key + "' is recorded on instrument '"
                                + instrument.name() + "' of " + owner + " in " + site + ": such a key usually takes one"
                                + " value per user, entity or request, and each value is a series of its own (memory"
                                + " and scrape grow without bound); put it on a span instead, or record a bounded"
                                + " value (telemetry.cardinality-guard.unbounded-keys lists the keys checked)"));
                    }
                });
            }
        }
        return findings;
    }
}
