package io.quarkiverse.telemetry.deployment;

import io.quarkiverse.telemetry.runtime.TelemetryRuntimeInitRecorder;
import io.quarkiverse.telemetry.runtime.export.ContributedExports;
import io.quarkiverse.telemetry.runtime.export.TelemetryExports;
import io.quarkiverse.telemetry.runtime.export.TelemetrySampler;
import io.quarkiverse.telemetry.runtime.prometheus.MergingCollectorRegistryProducer;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;

/**
 * The exporters {@code telemetry.*} configures: added to the SDK by {@link TelemetryExports}, which also opens the
 * listeners of Prometheus exporters with a port of their own; the scrape at {@code /q/metrics} is joined here.
 */
class ExportersProcessor {

    @BuildStep
    AdditionalBeanBuildItem exportBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(TelemetryExports.class, ContributedExports.class, TelemetrySampler.class,
                        MergingCollectorRegistryProducer.class)
                .setUnremovable().build();
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void exposeInPrometheusRegistry(TelemetryRuntimeInitRecorder recorder) {
        recorder.exposeInPrometheusRegistry();
    }
}
