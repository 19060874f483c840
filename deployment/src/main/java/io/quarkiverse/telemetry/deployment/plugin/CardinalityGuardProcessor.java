package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Reports attribute keys that usually take unbounded values recorded on a plugin's metric instruments
 * ({@link UnboundedAttributeKeys}): a warning of the build each, or, with {@code telemetry.cardinality-guard.fail}, one
 * build error naming them all.
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
    void reportUnboundedAttributeKeys(TelemetryBuildConfig config, PluginInjectionPointsBuildItem injectionPoints,
            ValidationPhaseBuildItem validation, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> findings = UnboundedAttributeKeys
                .of(injectionPoints.getInjectionPoints(), config.cardinalityGuard().unboundedKeys()).stream()
                .map(finding -> finding.message("telemetry.cardinality-guard.unbounded-keys")).toList();
        if (findings.isEmpty()) {
            return;
        }
        if (config.cardinalityGuard().fail()) {
            errors.produce(new ValidationErrorBuildItem(BuildProblems.asError(findings)));
        } else {
            findings.forEach(finding -> LOG.warn(finding + "; telemetry.cardinality-guard.fail=true makes it fail the build"));
        }
    }
}
