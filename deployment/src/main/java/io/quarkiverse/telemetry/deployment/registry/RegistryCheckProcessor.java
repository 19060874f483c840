package io.quarkiverse.telemetry.deployment.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig.BreakingChanges;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.pkg.builditem.OutputTargetBuildItem;

/**
 * The breaking-change check: this build's registry against the baseline {@code telemetry.registry.baseline} names
 * ({@link RegistryBaseline}, {@link RegistryComparison}), each change a warning of the build or, with
 * {@code telemetry.registry.breaking-changes=fail}, all of them in one build failure. A baseline that cannot be read
 * fails the build either way, naming the key.
 */
class RegistryCheckProcessor {

    private static final Logger LOG = Logger.getLogger(RegistryCheckProcessor.class);

    /** On when {@code telemetry.registry.baseline} is set. */
    static class BaselineGiven implements BooleanSupplier {

        TelemetryBuildConfig config;

        @Override
        public boolean getAsBoolean() {
            return config.registry().baseline().isPresent();
        }
    }

    // a validation step, so that it runs in every launch mode: nothing else consumes what it does
    @BuildStep(onlyIf = BaselineGiven.class)
    void compareWithBaseline(TelemetryRegistryBuildItem registry, TelemetryBuildConfig config,
            OutputTargetBuildItem outputTarget, ValidationPhaseBuildItem validation,
            BuildProducer<ValidationErrorBuildItem> errors) {
        String baselineKey = config.registry().baseline().get();
        // a relative path is the project's, as Maven's own paths are, whichever directory the build started in
        Path projectDirectory = outputTarget.getOutputDirectory().toAbsolutePath().getParent();
        TelemetryRegistry baseline;
        try {
            baseline = RegistryYaml.read(RegistryBaseline.files(baselineKey, projectDirectory));
        } catch (IllegalArgumentException e) {
            errors.produce(new ValidationErrorBuildItem(new IllegalStateException("The baseline telemetry registry"
                    + " telemetry.registry.baseline=" + baselineKey + " cannot be read: " + e.getMessage(), e)));
            return;
        }
        List<String> changes = RegistryComparison.breakingChanges(baseline, registry.getRegistry());
        if (changes.isEmpty()) {
            LOG.debugf("The telemetry registry has no breaking change from %s", baselineKey);
        } else if (config.registry().breakingChanges() == BreakingChanges.FAIL) {
            errors.produce(new ValidationErrorBuildItem(new IllegalStateException(changes.size()
                    + " breaking change(s) of the telemetry from " + baseline.version() + " ("
                    + baselineKey + ") to " + registry.getRegistry().version() + ", which dashboards, alerts and"
                    + " queries built on " + baseline.version() + " would notice:\n- " + String.join("\n- ", changes)
                    + "\n(telemetry.registry.breaking-changes=warn reports them as warnings instead)")));
        } else {
            changes.forEach(change -> LOG.warn("Breaking change of the telemetry from " + baseline.version() + " to "
                    + registry.getRegistry().version() + ": " + change));
        }
    }
}
