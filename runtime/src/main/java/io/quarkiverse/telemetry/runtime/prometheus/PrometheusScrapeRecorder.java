package io.quarkiverse.telemetry.runtime.prometheus;

import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/** Run-time init: the SDK's metrics join the scrape of Micrometer's Prometheus registry at {@code /q/metrics}. */
@Recorder
public class PrometheusScrapeRecorder {

    private static final Logger LOG = Logger.getLogger(PrometheusScrapeRecorder.class);

    /**
     * Registers the reader of the exporter served at {@code /q/metrics}, when one is configured, in the registry behind
     * Micrometer's, without creating Micrometer's registry (and its binders) now: that is Micrometer's to do when it
     * needs it.
     */
    public void joinScrape() {
        PrometheusReaders readers = readers();
        readers.scrapeReader().ifPresent(reader -> {
            Arc.container().instance(CollectorRegistry.class).get().register(new MetricSnapshotsCollector(reader));
            readers.scrapeJoined();
        });
    }

    /** Warns that the exporter served at {@code /q/metrics}, when one is configured, has no scrape to join. */
    public void warnScrapeUnavailable() {
        readers().scrapeReader().ifPresent(reader -> LOG.warn("No Micrometer Prometheus registry is enabled, so plugin"
                + " metrics are not served at /q/metrics; enable quarkus.micrometer.export.prometheus.enabled, or give"
                + " the prometheus exporter a port"));
    }

    /** The {@code /q/metrics} route of this extension: before Quarkus' own, which it answers for. */
    public Consumer<Route> firstRoute() {
        return route -> route.order(0);
    }

    /**
     * Serves {@code /q/metrics} from Micrometer's Prometheus registry (which holds the plugins' metrics too), as
     * Quarkus' handler does, but with proper content negotiation (see {@link ScrapeHandler}).
     */
    public Handler<RoutingContext> scrapeHandler() {
        return new ScrapeHandler(contentType -> {
            ManagedContext requestContext = Arc.container().requestContext();
            boolean activated = !requestContext.isActive();
            if (activated) {
                requestContext.activate(); // as Quarkus' handler does: a gauge may read a request-scoped bean
            }
            try {
                return Arc.container().instance(PrometheusMeterRegistry.class).get().scrape(contentType);
            } finally {
                if (activated) {
                    requestContext.terminate();
                }
            }
        });
    }

    private static PrometheusReaders readers() {
        return Arc.container().instance(PrometheusReaders.class).get();
    }
}
