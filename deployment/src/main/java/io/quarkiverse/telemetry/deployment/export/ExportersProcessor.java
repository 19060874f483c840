package io.quarkiverse.telemetry.deployment.export;

import io.quarkiverse.telemetry.runtime.export.ContributedExports;
import io.quarkiverse.telemetry.runtime.export.ExportersCustomizer;
import io.quarkiverse.telemetry.runtime.export.ExportersInForce;
import io.quarkiverse.telemetry.runtime.export.SamplerCustomizer;
import io.quarkiverse.telemetry.runtime.export.SdkSelfMetricsCustomizer;
import io.quarkiverse.telemetry.runtime.export.TelemetrySettingsProducer;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * The exporters {@code telemetry.*} configures, and how this extension shapes the SDK that quarkus-opentelemetry
 * builds: the checked settings, the SDK customizers and what other jars and the application contribute, and the line
 * that says at start-up where telemetry goes.
 */
class ExportersProcessor {

    @BuildStep
    AdditionalBeanBuildItem exportBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(TelemetrySettingsProducer.class, ContributedExports.class, ExportersCustomizer.class,
                        SamplerCustomizer.class, SdkSelfMetricsCustomizer.class, ExportersInForce.class)
                .setUnremovable().build();
    }
}
