package io.quarkiverse.telemetry.test.devui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.runtime.StartupEvent;

/** A second plugin: a histogram in seconds, recorded once at start-up. */
@BackendPlugin("returns")
@ApplicationScoped
public class Returns {

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    void returned(@Observes StartupEvent start) {
        telemetry.createHistogram("returns.handling", MetricOptions.builder().unit("s").build()).record(0.25);
    }
}
