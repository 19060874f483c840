package io.quarkiverse.telemetry.runtime.export;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * Applies {@code telemetry.tracing.enabled} and {@code telemetry.tracing.sampler.ratio} at run time. Runs before
 * quarkus-opentelemetry's sampler customizer (higher priority), which then still drops the spans of
 * {@code /q/*} endpoints.
 */
@Singleton
@Priority(100)
public class SamplerCustomizer implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    private final TelemetrySettings settings;

    SamplerCustomizer(TelemetrySettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (!settings.enabled() || !settings.tracingEnabled()) {
            builder.addSamplerCustomizer((existing, config) -> Sampler.alwaysOff());
        } else if (settings.samplerRatio().isPresent()) {
            Sampler ratio = Sampler.parentBased(Sampler.traceIdRatioBased(settings.samplerRatio().getAsDouble()));
            builder.addSamplerCustomizer((existing, config) -> ratio);
        }
    }
}
