package io.quarkiverse.telemetry.deployment;

import io.quarkiverse.telemetry.runtime.TelemetryRuntimeInitRecorder;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusScrapeBridge;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;

/** Serves the SDK's metrics in the scrape of Micrometer's Prometheus registry ({@code /q/metrics}). */
class PrometheusScrapeProcessor {

    @BuildStep
    AdditionalBeanBuildItem scrapeBridge() {
        return AdditionalBeanBuildItem.unremovableOf(PrometheusScrapeBridge.class);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void exposeInPrometheusRegistry(TelemetryRuntimeInitRecorder recorder) {
        recorder.exposeInPrometheusRegistry();
    }
}
