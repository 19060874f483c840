package io.quarkiverse.telemetry.deployment.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkiverse.telemetry.deployment.plugin.PluginTelemetryBuildItem;
import io.quarkiverse.telemetry.runtime.config.ConfigCheckRecorder;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;

/**
 * Configuration: run-time defaults for quarkus-opentelemetry (build-time ones are set by {@link TelemetryConfigDefaults}),
 * and the check of the {@code telemetry.*} keys an application is started with against those that exist.
 */
class TelemetryConfigProcessor {

    /**
     * OpenTelemetry's JVM and HTTP server metrics would repeat, under the same Prometheus names, the ones Micrometer
     * already serves in the same scrape (two {@code # TYPE} lines for one family): off unless the application turns
     * them on.
     */
    @BuildStep
    void runtimeDefaults(BuildProducer<RunTimeConfigurationDefaultBuildItem> defaults) {
        defaults.produce(new RunTimeConfigurationDefaultBuildItem("quarkus.otel.instrument.jvm-metrics", "false"));
        defaults.produce(new RunTimeConfigurationDefaultBuildItem("quarkus.otel.instrument.http-server-metrics", "false"));
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void warnOfUnknownKeys(ConfigCheckRecorder recorder, List<PluginTelemetryBuildItem> plugins) {
        Set<String> known = new TreeSet<>(
                ConfigMappings.getProperties(ConfigClass.configClass(TelemetryConfig.class, "telemetry")).keySet());
        known.addAll(ConfigMappings.getProperties(ConfigClass.configClass(TelemetryBuildConfig.class, "telemetry"))
                .keySet());
        List<String> keys = List.copyOf(known);
        Set<String> pluginIds = plugins.stream().map(plugin -> plugin.getOwner().pluginId())
                .collect(Collectors.toCollection(TreeSet::new));
        recorder.warnOfUnknownKeys(keys, pluginIds);
    }
}
