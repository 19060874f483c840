package io.quarkiverse.telemetry.runtime.export;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * Applies {@code telemetry.tracing.enabled} and {@code telemetry.tracing.sampler.ratio} at run time. Runs before
 * quarkus-opentelemetry's sampler customizer (higher priority), which then still drops the spans of
 * {@code /q/*} endpoints.
 */
@Singleton
@Priority(100)
public class TelemetrySampler implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    private final TelemetryExports exports;

    TelemetrySampler(TelemetryExports exports) {
        this.exports = exports;
    }

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        var settings = exports.settings();
        if (!settings.enabled() || !settings.tracingEnabled()) {
            builder.addSamplerCustomizer((existing, config) -> Sampler.alwaysOff());
        } else if (settings.samplerRatio().isPresent()) {
            Sampler ratio = Sampler.parentBased(Sampler.traceIdRatioBased(settings.samplerRatio().getAsDouble()));
            builder.addSamplerCustomizer((existing, config) -> ratio);
        }
    }
}
