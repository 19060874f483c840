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
import io.quarkus.micrometer.runtime.config.MicrometerConfig;
import io.quarkus.vertx.http.deployment.NonApplicationRootPathBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;

/**
 * Prometheus exporters: their readers and own-port listeners always; joining the scrape at {@code /q/metrics}, and
 * serving it with proper content negotiation, only when Micrometer's Prometheus registry is there, which is fixed at
 * build time (the same gate as Quarkus' {@code PrometheusRegistryProcessor}).
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

    /**
     * {@code /q/metrics} (or the management interface's) negotiated properly, answered before Quarkus' own routes of
     * the same path, which match by route order rather than q-value (see {@code ScrapeHandler}).
     */
    @BuildStep(onlyIf = PrometheusEnabled.class)
    @Record(ExecutionTime.RUNTIME_INIT)
    RouteBuildItem negotiatedScrape(PrometheusScrapeRecorder recorder, NonApplicationRootPathBuildItem paths,
            MicrometerConfig micrometer) {
        return paths.routeBuilder()
                .management()
                .routeFunction(micrometer.export().prometheus().path(), recorder.firstRoute())
                .routeConfigKey("quarkus.micrometer.export.prometheus.path")
                .handler(recorder.scrapeHandler())
                .blockingRoute()
                .build();
    }

    @BuildStep(onlyIfNot = PrometheusEnabled.class)
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void warnScrapeUnavailable(PrometheusScrapeRecorder recorder) {
        recorder.warnScrapeUnavailable();
    }
}
