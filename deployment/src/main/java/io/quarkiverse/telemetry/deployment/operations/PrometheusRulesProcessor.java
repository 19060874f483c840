package io.quarkiverse.telemetry.deployment.operations;

import java.util.ArrayList;
import java.util.List;

import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.runtime.configuration.ConfigurationException;

/** {@code prometheus-rules.yml}: recording and alerting rules for every plugin ({@link PrometheusRules}). */
class PrometheusRulesProcessor {

    static final String FILE = "prometheus-rules.yml";

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    OperationsFileBuildItem prometheusRules(TelemetryInventoryBuildItem inventory, ScrapedFamiliesBuildItem families,
            TelemetryBuildConfig config) {
        TelemetryBuildConfig.Alerts alerts = config.operationsFiles().alerts();
        List<String> problems = new ArrayList<>();
        if (!(alerts.errorRatio() > 0 && alerts.errorRatio() < 1)) {
            problems.add("telemetry.operations-files.alerts.error-ratio is " + alerts.errorRatio()
                    + ": it must be a share above 0 and below 1, such as 0.05");
        }
        if (alerts.stalledAfter().toSeconds() < 1) {
            problems.add("telemetry.operations-files.alerts.stalled-after is " + alerts.stalledAfter()
                    + ": it must be at least one second, such as 15m");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("; ", problems));
        }
        return new OperationsFileBuildItem(FILE, PrometheusRules.of(inventory.getPlugins(), families, alerts));
    }
}
