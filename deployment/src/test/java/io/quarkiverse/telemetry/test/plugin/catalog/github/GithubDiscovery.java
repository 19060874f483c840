package io.quarkiverse.telemetry.test.plugin.catalog.github;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.plugin.catalog.CatalogProcessing;

/** A module of the catalog plugin: it counts into the plugin's own counter, and may misuse one of its names. */
@ApplicationScoped
public class GithubDiscovery {

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    public void discovered(int entities) {
        telemetry.createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Entities processed").build())
                .add(entities, Attributes.of(CatalogProcessing.RESULT, "ok"));
    }

    /** Asks for a histogram of a name given at run time (a constant name would fail the build). */
    public void timeProcessing(String instrument) {
        telemetry.createHistogram(instrument);
    }

    public TelemetryService telemetry() {
        return telemetry;
    }
}
