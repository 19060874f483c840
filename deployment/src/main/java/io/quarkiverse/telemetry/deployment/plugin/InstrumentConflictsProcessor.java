package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;

import io.quarkus.arc.deployment.ValidationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Fails the build when one plugin (with its modules) asks for two instruments of one constant name but of different
 * kinds ({@link InstrumentConflicts}); when injection points fail to resolve, their conflicts are reported with them.
 */
class InstrumentConflictsProcessor {

    @BuildStep
    void failOnConflictingConstantNames(PluginInjectionPointsBuildItem injectionPoints,
            ValidationPhaseBuildItem validation, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> problems = InstrumentConflicts.of(injectionPoints.getInjectionPoints());
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(BuildProblems.asError(problems)));
        }
    }
}
