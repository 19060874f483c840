package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;

import jakarta.enterprise.inject.spi.DeploymentException;

/** The one form in which this extension's build steps report what they found wrong: every problem, in one error. */
final class BuildProblems {

    private BuildProblems() {
    }

    static DeploymentException asError(List<String> problems) {
        return new DeploymentException("quarkus-telemetry found " + problems.size() + " problem(s):\n- "
                + String.join("\n- ", problems));
    }
}
