package io.quarkiverse.telemetry.runtime.devui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.runtime.health.ExporterStates;

/**
 * The Dev UI's live data (dev mode only), called by the Telemetry card's pages over JSON-RPC: each plugin's
 * instruments with their current values, each plugin's last spans, and the exporters' states.
 */
public class TelemetryJsonRPCService {

    /** One series of an instrument: its attributes and its value, in words. */
    public record LivePoint(String attributes, String value) {
    }

    /** One instrument as the SDK holds it now. */
    public record LiveInstrument(String name, String type, String unit, String description, List<LivePoint> points) {
    }

    /** One plugin's instruments as the SDK holds them now. */
    public record PluginMetrics(String pluginId, String scope, List<LiveInstrument> instruments) {
    }

    /** One ended span. */
    public record RecentSpan(String name, String traceId, String spanId, String parentSpanId, String kind,
            String status, double durationMillis, String start, String attributes) {
    }

    /** Whether the SDK is bound, and each exporter's state. */
    public record Exporters(String sdk, List<ExporterStates.State> exporters) {
    }

    /** A span's start as the page shows it: the local time of day, to the millisecond. */
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LiveMetricsReader metrics;
    private final RecentSpans spans;
    private final ExporterStates exporters;

    TelemetryJsonRPCService(LiveMetricsReader metrics, RecentSpans spans, ExporterStates exporters) {
        this.metrics = metrics;
        this.spans = spans;
        this.exporters = exporters;
    }

    /** Each plugin's instruments (scope {@code backstage-plugin-<id>}) with their values now, by plugin and name. */
    public List<PluginMetrics> getLiveMetrics() {
        String prefix = BackstageNaming.pluginScope("");
        Map<String, List<LiveInstrument>> byScope = new TreeMap<>();
        for (MetricData metric : metrics.collect()) {
            String scope = metric.getInstrumentationScopeInfo().getName();
            if (scope.startsWith(prefix)) {
                byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(new LiveInstrument(metric.getName(),
                        metric.getType().name().toLowerCase(), metric.getUnit(), metric.getDescription(),
                        metric.getData().getPoints().stream().map(TelemetryJsonRPCService::point)
                                .sorted((a, b) -> a.attributes().compareTo(b.attributes())).toList()));
            }
        }
        List<PluginMetrics> plugins = new ArrayList<>();
        byScope.forEach((scope, instruments) -> plugins.add(new PluginMetrics(scope.substring(prefix.length()), scope,
                instruments.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList())));
        return plugins;
    }

    /** The plugin's last spans, latest first. */
    public List<RecentSpan> getRecentSpans(String pluginId) {
        return spans.of(pluginId).stream().map(TelemetryJsonRPCService::span).toList();
    }

    /** The plugins that have ended spans, by id. */
    public List<String> getPluginsWithSpans() {
        return spans.plugins();
    }

    /** Whether the SDK is bound, and each exporter's state. */
    public Exporters getExporters() {
        return new Exporters(exporters.sdk(), exporters.exporters());
    }

    private static LivePoint point(PointData point) {
        String value;
        if (point instanceof LongPointData longPoint) {
            value = String.valueOf(longPoint.getValue());
        } else if (point instanceof DoublePointData doublePoint) {
            value = number(doublePoint.getValue());
        } else if (point instanceof HistogramPointData histogram) {
            value = "count " + histogram.getCount() + ", sum " + number(histogram.getSum())
                    + (histogram.getCount() > 0 ? ", mean " + number(histogram.getSum() / histogram.getCount()) : "");
        } else {
            value = point.toString();
        }
        return new LivePoint(attributes(point.getAttributes()), value);
    }

    private static RecentSpan span(SpanData span) {
        return new RecentSpan(span.getName(), span.getTraceId(), span.getSpanId(),
                span.getParentSpanContext().isValid() ? span.getParentSpanId() : "", span.getKind().name(),
                span.getStatus().getStatusCode().name(),
                Math.round((span.getEndEpochNanos() - span.getStartEpochNanos()) / 1_000.0) / 1_000.0,
                START.format(Instant.ofEpochSecond(0, span.getStartEpochNanos())), attributes(span.getAttributes()));
    }

    /** A value as a person reads it: whole numbers whole, others to four significant digits. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String attributes(Attributes attributes) {
        return attributes.asMap().entrySet().stream().map(entry -> entry.getKey().getKey() + "=" + entry.getValue())
                .sorted().collect(Collectors.joining(", "));
    }
}
