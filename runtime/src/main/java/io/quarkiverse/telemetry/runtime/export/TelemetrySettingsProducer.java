package io.quarkiverse.telemetry.runtime.export;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkiverse.telemetry.runtime.config.ApplicationListeners;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkus.runtime.LaunchMode;

/**
 * Checks {@code telemetry.*} once, with the exporter types the application's providers contribute, for every bean
 * that needs the settings: the first to ask fails start-up with every mistake listed.
 */
@Singleton
public class TelemetrySettingsProducer {

    @Produces
    @Singleton
    TelemetrySettings settings(TelemetryConfig config, ContributedExports contributed) {
        return TelemetrySettings.from(config, contributed.metricExporterTypes(), contributed.spanExporterTypes(),
                ApplicationListeners.of(ConfigProvider.getConfig(), LaunchMode.current()));
    }
}
