package io.quarkiverse.telemetry.test.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** A second bean of the plugin: its span nests under its caller's. */
@BackendPlugin("catalog")
@ApplicationScoped
public class CatalogStitcher {

    private static final Logger LOG = Logger.getLogger(CatalogStitcher.class);

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    public String stitch() {
        return telemetry.startActiveSpan("catalog.stitch", span -> {
            LOG.info("stitching");
            return "stitched";
        });
    }
}
