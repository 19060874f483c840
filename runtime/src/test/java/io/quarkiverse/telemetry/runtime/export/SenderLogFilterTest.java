package io.quarkiverse.telemetry.runtime.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The senders' per-attempt export failures are kept out of the log only while this extension's exporters alone use
 * them, and nothing else of theirs is: a different problem still shows.
 */
class SenderLogFilterTest {

    private final Logger sender = Logger.getLogger(SenderLogFilter.LOGGERS.get(0));

    @AfterEach
    void uninstall() {
        SenderLogFilter.install(false);
    }

    @Test
    void keepsOutOnlyExportFailures() {
        SenderLogFilter.install(true);
        Filter filter = sender.getFilter();
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING, "Failed to export TraceRequestMarshalers. Perhaps")));
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING, "Too many log messages detected. Will only log")));
        assertTrue(filter.isLoggable(new LogRecord(Level.SEVERE, "Unable to create the TLS context")), "another problem");
        assertTrue(filter.isLoggable(new LogRecord(Level.FINE, "Failed to export, attempt 1 of 3")), "debug lines");
    }

    @Test
    void everyLinePassesWithQuarkusOwnExporter() {
        SenderLogFilter.install(true);
        SenderLogFilter.install(false);
        assertNull(sender.getFilter(), "a live reload with quarkus-opentelemetry's exporter on takes the filter off");
    }

    @Test
    void keepsAFilterOfTheApplicationAndInstallsOnceAcrossReloads() {
        sender.setFilter(record -> !record.getMessage().contains("noise"));
        SenderLogFilter.install(true);
        SenderLogFilter.install(true);
        Filter filter = sender.getFilter();
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING, "noise")), "the application's filter still applies");
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, "signal")));
        SenderLogFilter.install(false);
        assertFalse(sender.getFilter() instanceof SenderLogFilter, "the application's filter is back, alone");
        sender.setFilter(null);
    }
}
