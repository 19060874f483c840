package io.quarkiverse.telemetry.runtime.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One exporter as configured, with its defaults applied and its values checked.
 *
 * @param key the configuration key of the exporter, such as {@code telemetry.metrics.exporters.backup}
 * @param name the name of the exporter, its key in the map of exporters
 * @param type {@link #PROMETHEUS}, {@link #OTLP}, {@link #LOGGING} or a type a provider contributes
 * @param endpoint OTLP: where to send
 * @param protocol OTLP: {@link #GRPC} or {@link #HTTP_PROTOBUF}
 * @param headers OTLP: headers of every export; secret, never to be logged
 * @param timeout OTLP: how long one export may take
 * @param gzip OTLP: whether exports are compressed
 * @param port Prometheus: the port of its own listener; empty to be served at {@code /q/metrics}
 * @param host Prometheus: the address the listener binds to
 * @param path Prometheus: the path the listener serves
 * @param config contributed types: the exporter's own settings
 */
public record ExporterSettings(String key, String name, String type, URI endpoint, String protocol,
        Map<String, String> headers, Duration timeout, boolean gzip, OptionalInt port, String host, String path,
        Map<String, String> config) {

    public static final String PROMETHEUS = "prometheus";
    public static final String OTLP = "otlp";
    public static final String LOGGING = "logging";

    public static final String GRPC = "grpc";
    public static final String HTTP_PROTOBUF = "http/protobuf";

    /** The exporter used when none is configured: Prometheus at {@code /q/metrics}. */
    static ExporterSettings scrape() {
        return new ExporterSettings("telemetry.metrics.exporters", PROMETHEUS, PROMETHEUS, null, null, Map.of(), null,
                false, OptionalInt.empty(), null, null, Map.of());
    }

    /** Whether this exporter is served in the scrape of {@code /q/metrics}. */
    public boolean inScrape() {
        return PROMETHEUS.equals(type) && port.isEmpty();
    }

    /** Whether this exporter opens a listener of its own. */
    public boolean listens() {
        return PROMETHEUS.equals(type) && port.isPresent();
    }

    /** Where a Prometheus exporter with a port of its own serves, such as {@code http://0.0.0.0:9464/metrics}. */
    public String listenerUrl() {
        return "http://" + host + ":" + port.getAsInt() + path;
    }

    @Override
    public String toString() {
        // The headers carry credentials.
        return key + " (" + type + ")";
    }
}
