package io.quarkiverse.telemetry.runtime.prometheus;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.quarkiverse.telemetry.runtime.config.ExporterSettings;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * A Prometheus exporter with a port of its own: a Vert.x listener on the application's event loop that serves what an
 * OpenTelemetry {@link PrometheusMetricReader} reads, in the format the scraper accepts (text or OpenMetrics).
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
    public static PrometheusListener start(Vertx vertx, ExporterSettings settings, PrometheusMetricReader reader) {
        ExpositionFormats formats = ExpositionFormats.init();
        HttpServerOptions options = new HttpServerOptions().setHost(settings.host()).setPort(settings.port().getAsInt());
        HttpServer server = vertx.createHttpServer(options)
                .requestHandler(request -> serve(vertx, request, settings.path(), formats, reader));
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

    private static void serve(Vertx vertx, HttpServerRequest request, String path, ExpositionFormats formats,
            PrometheusMetricReader reader) {
        if (!path.equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        ExpositionFormatWriter writer = formats.findWriter(request.getHeader(HttpHeaders.ACCEPT));
        // Collecting runs the instruments' callbacks, which may block (a database count): off the event loop.
        vertx.executeBlocking(() -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            writer.write(body, withTargetInfoHelp(reader.collect()));
            return Buffer.buffer(body.toByteArray());
        }, false).onComplete(result -> {
            if (result.succeeded()) {
                request.response().putHeader(HttpHeaders.CONTENT_TYPE, writer.getContentType()).end(result.result());
            } else {
                request.response().setStatusCode(500).end(String.valueOf(result.cause()));
            }
        });
    }

    /** {@code target_info} with the help the converter leaves empty, which Prometheus' lint asks for. */
    private static MetricSnapshots withTargetInfoHelp(MetricSnapshots snapshots) {
        MetricSnapshots.Builder described = MetricSnapshots.builder();
        for (MetricSnapshot snapshot : snapshots) {
            MetricMetadata metadata = snapshot.getMetadata();
            described.metricSnapshot(snapshot instanceof InfoSnapshot info && metadata.getHelp() == null
                    ? new InfoSnapshot(new MetricMetadata(metadata.getName(), MetricSnapshotsCollector.TARGET_INFO_HELP),
                            info.getDataPoints())
                    : snapshot);
        }
        return described.build();
    }

    /** The port listened on. */
    public int port() {
        return server.actualPort();
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
