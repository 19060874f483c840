package io.quarkiverse.telemetry.runtime.export;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps the OTLP senders' and exporters' own lines about a failed export out of the log while only this extension's
 * exporters use them: {@link ExportHealth} already reports each exporter's failures, once and throttled, with the
 * collector's answer, while quarkus-opentelemetry's Vert.x senders log a line per failed attempt (14 in a minute for
 * one down collector) that advises {@code quarkus.otel.exporter.otlp.*} keys, which configure nothing here. Their other
 * lines pass, and with quarkus-opentelemetry's own exporter in use every line passes: its failures are not watched.
 */
final class SenderLogFilter implements Filter {

    /** The loggers of quarkus-opentelemetry's senders and OpenTelemetry's OTLP exporters. */
    static final List<String> LOGGERS = List.of(
            "io.quarkus.opentelemetry.runtime.exporter.otlp.sender.VertxGrpcSender",
            "io.quarkus.opentelemetry.runtime.exporter.otlp.sender.VertxHttpSender",
            "io.opentelemetry.exporter.internal.grpc.GrpcExporter",
            "io.opentelemetry.exporter.internal.http.HttpExporter");
    private static final String EXPORT_FAILED = "Failed to export";
    /** What OpenTelemetry's throttling logger says when it throttles those lines. */
    private static final String THROTTLED = "Too many log messages detected";

    private final Filter next;

    private SenderLogFilter(Filter next) {
        this.next = next;
    }

    /**
     * Puts the filter on the senders' loggers when only this extension's exporters use them, or takes it off (in place
     * of one an earlier start installed: dev mode's live reload).
     */
    static void install(boolean onlyOurExporters) {
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            Filter own = logger.getFilter() instanceof SenderLogFilter earlier ? earlier.next : logger.getFilter();
            logger.setFilter(onlyOurExporters ? new SenderLogFilter(own) : own);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (record.getLevel().intValue() >= Level.WARNING.intValue() && message != null
                && (message.startsWith(EXPORT_FAILED) || message.startsWith(THROTTLED))) {
            return false;
        }
        return next == null || next.isLoggable(record);
    }
}
