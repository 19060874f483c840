package io.quarkiverse.telemetry.deployment.root;

import jakarta.inject.Singleton;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.service.TelemetryServiceRecorder;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;

/** Installs the root service at static init, offers it as a bean, and binds it to the SDK at run-time init. */
class RootTelemetryProcessor {

    private static final String FEATURE = "telemetry";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    RootTelemetryServiceBuildItem installRoot(TelemetryServiceRecorder recorder) {
        return new RootTelemetryServiceBuildItem(recorder.createRoot());
    }

    @BuildStep
    SyntheticBeanBuildItem rootBean(RootTelemetryServiceBuildItem root) {
        return SyntheticBeanBuildItem.configure(RootTelemetryService.class)
                .scope(Singleton.class)
                .defaultBean()
                .unremovable()
                .runtimeValue(root.getRoot())
                .done();
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void bindToSdk(TelemetryServiceRecorder recorder, RootTelemetryServiceBuildItem root) {
        recorder.bindToSdk(root.getRoot());
    }
}
