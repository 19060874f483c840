package io.quarkiverse.telemetry.runtime.prometheus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;

/**
 * A Prometheus exporter with a port of its own: a Vert.x listener on the application's event loop that serves what an
 * OpenTelemetry {@link PrometheusMetricReader} reads, in the format the scraper accepts (text or OpenMetrics). It
 * negotiates and writes exactly as {@code /q/metrics} does: {@link ScrapeHandler}, {@link MetricSnapshotsCollector}
 * in a {@link MergingCollectorRegistry} (which cuts long label values), and simpleclient's writers.
 */
public final class PrometheusListener {

    private static final long START_TIMEOUT_SECONDS = 30;

    private final HttpServer server;

    private PrometheusListener(HttpServer server) {
        this.server = server;
    }

    /**
     * Listens on the exporter's host and port.
     *
     * @throws ConfigurationException naming the exporter's port key when the port cannot be bound
     */
    public static PrometheusListener start(Vertx vertx, ExporterSettings settings, PrometheusMetricReader reader,
            AttributeValueLimit limit) {
        CollectorRegistry registry = new MergingCollectorRegistry(limit);
        registry.register(new MetricSnapshotsCollector(reader));
        Router router = Router.router(vertx);
        // Collecting runs the instruments' callbacks, which may block (a database count): off the event loop.
        router.get(settings.path()).blockingHandler(new ScrapeHandler(contentType -> write(contentType, registry)), false);
        // A scrape is no request of the application: no span, as Quarkus makes none for /q/metrics.
        HttpServerOptions options = new HttpServerOptions().setHost(settings.host()).setPort(settings.port().getAsInt())
                .setTracingPolicy(TracingPolicy.IGNORE);
        HttpServer server = vertx.createHttpServer(options).requestHandler(router);
        try {
            return new PrometheusListener(
                    server.listen().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new ConfigurationException(settings.key() + ".port=" + settings.port().getAsInt()
                    + ": the Prometheus exporter cannot listen on " + settings.host() + ":" + settings.port().getAsInt()
                    + " (" + cause.getMessage() + "); choose a free port", java.util.Set.of(settings.key() + ".port"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + settings.key(), e);
        }
    }

    private static String write(String contentType, CollectorRegistry registry) {
        StringWriter body = new StringWriter();
        try {
            TextFormat.writeFormat(contentType, body, registry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return body.toString();
    }

    /** Stops listening. */
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The port is released with the event loop anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
