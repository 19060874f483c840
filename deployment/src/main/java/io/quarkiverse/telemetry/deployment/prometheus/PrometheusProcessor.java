package io.quarkiverse.telemetry.deployment.prometheus;

import io.quarkiverse.telemetry.runtime.prometheus.MergingCollectorRegistryProducer;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusReaders;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusScrapeRecorder;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.micrometer.deployment.export.PrometheusRegistryProcessor.PrometheusEnabled;

/**
 * Prometheus exporters: their readers and own-port listeners always; joining the scrape at {@code /q/metrics} only
 * when Micrometer's Prometheus registry is there to serve it, which is fixed at build time (the same gate as Quarkus'
 * {@code PrometheusRegistryProcessor}).
 */
class PrometheusProcessor {

    @BuildStep
    AdditionalBeanBuildItem readers() {
        return AdditionalBeanBuildItem.unremovableOf(PrometheusReaders.class);
    }

    /** One family per name in {@code /q/metrics}: the registry behind Micrometer's merges ours with Micrometer's. */
    @BuildStep(onlyIf = PrometheusEnabled.class)
    AdditionalBeanBuildItem mergingRegistry() {
        return AdditionalBeanBuildItem.unremovableOf(MergingCollectorRegistryProducer.class);
    }

    @BuildStep(onlyIf = PrometheusEnabled.class)
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void joinScrape(PrometheusScrapeRecorder recorder) {
        recorder.joinScrape();
    }

    @BuildStep(onlyIfNot = PrometheusEnabled.class)
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void warnScrapeUnavailable(PrometheusScrapeRecorder recorder) {
        recorder.warnScrapeUnavailable();
    }
}
