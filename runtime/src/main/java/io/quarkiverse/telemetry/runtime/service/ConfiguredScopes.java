package io.quarkiverse.telemetry.runtime.service;

import java.net.URI;
import java.util.Map;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.metrics.InstrumentAdvice;

/**
 * Scopes as {@code telemetry.*} configures them, telemetry being on: no-ops where metrics, tracing or the plugin are
 * off; a plugin's meter and tracer named, versioned and given a schema URL by
 * {@code telemetry.plugins."<id>".meter.*} and {@code tracer.*}, its instruments advised by
 * {@code telemetry.plugins."<id>".instruments.*}.
 */
final class ConfiguredScopes implements ScopeBinder {

    private final OpenTelemetry sdk;
    private final TelemetrySettings settings;
    private final Map<String, TelemetryConfig.Plugin> plugins;

    ConfiguredScopes(OpenTelemetry sdk, TelemetrySettings settings, Map<String, TelemetryConfig.Plugin> plugins) {
        this.sdk = sdk;
        this.settings = settings;
        this.plugins = plugins;
    }

    @Override
    public String meterName(String pluginId, String scopeName) {
        return settings.meterName(pluginId, scopeName);
    }

    @Override
    public Meter meter(String pluginId, String scopeName) {
        TelemetryConfig.Plugin plugin = plugins.get(pluginId);
        if (!settings.metricsEnabled() || !enabled(plugin)) {
            return MeterProvider.noop().get(scopeName);
        }
        if (plugin == null) {
            return sdk.getMeterProvider().get(scopeName);
        }
        MeterBuilder meter = sdk.getMeterProvider().meterBuilder(meterName(pluginId, scopeName));
        plugin.meter().version().ifPresent(meter::setInstrumentationVersion);
        plugin.meter().schemaUrl().map(URI::toString).ifPresent(meter::setSchemaUrl);
        return meter.build();
    }

    @Override
    public Tracer tracer(String pluginId, String scopeName) {
        TelemetryConfig.Plugin plugin = plugins.get(pluginId);
        if (!settings.tracingEnabled() || !enabled(plugin)) {
            return TracerProvider.noop().get(scopeName);
        }
        if (plugin == null) {
            return sdk.getTracerProvider().get(scopeName);
        }
        TracerBuilder tracer = sdk.getTracerProvider().tracerBuilder(plugin.tracer().name().orElse(scopeName));
        plugin.tracer().version().ifPresent(tracer::setInstrumentationVersion);
        plugin.tracer().schemaUrl().map(URI::toString).ifPresent(tracer::setSchemaUrl);
        return tracer.build();
    }

    @Override
    public InstrumentAdvice advice(String pluginId) {
        return settings.instrumentAdvice().getOrDefault(pluginId, InstrumentAdvice.NONE);
    }

    private static boolean enabled(TelemetryConfig.Plugin plugin) {
        return plugin == null || plugin.enabled();
    }
}
