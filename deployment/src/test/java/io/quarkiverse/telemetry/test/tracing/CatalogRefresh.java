package io.quarkiverse.telemetry.test.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** Plugin code that traces a unit of work, logs and measures inside it, and calls another bean. */
@BackendPlugin("catalog")
@ApplicationScoped
public class CatalogRefresh {

    private static final Logger LOG = Logger.getLogger(CatalogRefresh.class);

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    @Inject
    CatalogStitcher stitcher;

    private DoubleHistogram duration;
    private LongCounter refreshes;

    @PostConstruct
    void instruments() {
        duration = telemetry.createHistogram("catalog.refresh.duration", MetricOptions.builder().unit("s").build());
        refreshes = telemetry.createCounter("catalog.refreshes");
    }

    public String refresh() {
        return telemetry.startActiveSpan("catalog.refresh", span -> {
            LOG.info("refreshing");
            duration.record(0.2);
            refreshes.add(1);
            return stitcher.stitch();
        });
    }
}
