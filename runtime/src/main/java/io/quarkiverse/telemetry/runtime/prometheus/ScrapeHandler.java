package io.quarkiverse.telemetry.runtime.prometheus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves a scrape in the format the scraper asks for, negotiated as Prometheus and the OpenMetrics specification
 * expect: the Accept header's media ranges in order of their q-values (Vert.x Web parses and sorts them), OpenMetrics
 * (versions 1.0.0 and 0.0.1, with or without charset; its exemplars included) or the text format 0.0.4 (also for
 * {@code text/*}, {@code *}{@code /*} and no Accept header, as Prometheus' own client libraries do); 406 for anything
 * else. Quarkus' own {@code /q/metrics} routes match media types by route order, not q-value, and refuse OpenMetrics
 * without its charset; this handler runs before them.
 */
public final class ScrapeHandler implements Handler<RoutingContext> {

    /** What this handler serves, most preferred first. */
    static final List<String> FORMATS = List.of(TextFormat.CONTENT_TYPE_OPENMETRICS_100, TextFormat.CONTENT_TYPE_004);

    private static final Set<String> OPEN_METRICS_VERSIONS = Set.of("1.0.0", "0.0.1");

    private final Function<String, String> scrape;

    /** @param scrape writes the scrape in the given content type (one of {@link #FORMATS}) */
    public ScrapeHandler(Function<String, String> scrape) {
        this.scrape = scrape;
    }

    @Override
    public void handle(RoutingContext context) {
        Optional<String> format = negotiate(context.parsedHeaders().accept());
        if (format.isEmpty()) {
            context.response().setStatusCode(406)
                    .end("Not acceptable: the metrics are served as " + String.join(" or ", FORMATS) + "\n");
            return;
        }
        String body = scrape.apply(format.get());
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, format.get()).end(body);
    }

    /** The format to serve for the accepted media ranges, sorted by preference; empty if none is served. */
    static Optional<String> negotiate(List<MIMEHeader> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(TextFormat.CONTENT_TYPE_004);
        }
        for (MIMEHeader range : accepted) {
            if (range.weight() <= 0) {
                continue; // q=0: not acceptable
            }
            if (isOpenMetrics(range)) {
                return Optional.of(TextFormat.CONTENT_TYPE_OPENMETRICS_100);
            }
            if (isText(range)) {
                return Optional.of(TextFormat.CONTENT_TYPE_004);
            }
        }
        return Optional.empty();
    }

    private static boolean isOpenMetrics(MIMEHeader range) {
        String version = range.parameter("version");
        return range.component().equals("application") && range.subComponent().equals("openmetrics-text")
                && (version == null || OPEN_METRICS_VERSIONS.contains(version));
    }

    private static boolean isText(MIMEHeader range) {
        String version = range.parameter("version");
        return range.component().equals("*")
                || range.component().equals("text") && (range.subComponent().equals("*")
                        || range.subComponent().equals("plain") && (version == null || version.equals("0.0.4")));
    }
}
