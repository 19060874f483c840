package io.quarkiverse.telemetry.it.scaffolder;

import java.util.Map;

/**
 * A step of a template.
 *
 * @param id the step's id, its {@code step} attribute in metrics
 * @param action the action it runs, one of {@link Actions}
 * @param input the action's input
 * @param onlyIf a task parameter that must be {@code true} for the step to run, else it is skipped; {@code null} to
 *        always run
 */
public record Step(String id, String action, Map<String, String> input, String onlyIf) {

    static Step of(String id, String action, Map<String, String> input) {
        return new Step(id, action, input, null);
    }
}
