package io.quarkiverse.telemetry.deployment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkiverse.telemetry.runtime.TelemetryRuntimeInitRecorder;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;

/** Checks the {@code telemetry.*} keys an application is started with against those that exist. */
class TelemetryConfigProcessor {

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void warnOfUnknownKeys(TelemetryRuntimeInitRecorder recorder, List<PluginTelemetryBuildItem> plugins) {
        List<String> keys = List.copyOf(new TreeSet<>(
                ConfigMappings.getProperties(ConfigClass.configClass(TelemetryConfig.class, "telemetry")).keySet()));
        Set<String> pluginIds = plugins.stream().map(PluginTelemetryBuildItem::getPluginId)
                .collect(Collectors.toCollection(TreeSet::new));
        recorder.warnOfUnknownKeys(keys, pluginIds);
    }
}
