package io.quarkiverse.telemetry.deployment.health;

import io.quarkiverse.telemetry.runtime.health.ExporterStates;
import io.quarkiverse.telemetry.runtime.health.ExportersHealth;
import io.quarkiverse.telemetry.runtime.health.ExportersReadinessCheck;
import io.quarkiverse.telemetry.runtime.health.ExportersWellnessCheck;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/** Health checks of the exporters and the SDK binding, when the application has SmallRye Health. */
class HealthProcessor {

    @BuildStep
    void healthChecks(Capabilities capabilities, BuildProducer<HealthBuildItem> checks,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            beans.produce(AdditionalBeanBuildItem.builder().addBeanClasses(ExporterStates.class, ExportersHealth.class)
                    .setUnremovable().build());
            checks.produce(new HealthBuildItem(ExportersWellnessCheck.class.getName(), true));
            checks.produce(new HealthBuildItem(ExportersReadinessCheck.class.getName(), true));
        }
    }
}
