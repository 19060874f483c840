package io.quarkiverse.telemetry.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Serves Backstage's deprecated metrics ({@link OneOffMetrics}) at {@code /metrics}, where Backstage's backend served
 * prom-client's registry, apart from the telemetry service's at {@code /q/metrics}: old dashboards keep their target.
 */
@Path("/metrics")
public class DeprecatedMetricsResource {

    @Inject
    OneOffMetrics oneOff;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String scrape() {
        if (!oneOff.enabled()) {
            throw new NotFoundException("backstage.metrics.deprecated.enabled=false");
        }
        return oneOff.scrape();
    }
}
