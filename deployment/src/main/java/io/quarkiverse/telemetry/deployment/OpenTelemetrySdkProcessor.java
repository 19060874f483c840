package io.quarkiverse.telemetry.deployment;

import io.quarkiverse.telemetry.runtime.SdkSelfMetricsCustomizer;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;

/**
 * How this extension shapes the SDK that quarkus-opentelemetry builds. Build-time defaults are in
 * {@link TelemetryConfigDefaults}.
 */
class OpenTelemetrySdkProcessor {

    @BuildStep
    AdditionalBeanBuildItem sdkCustomizers() {
        return AdditionalBeanBuildItem.unremovableOf(SdkSelfMetricsCustomizer.class);
    }

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
}
