package io.quarkiverse.telemetry.test;

import java.util.List;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/** Captured log records as the lines they print: logger, formatted message and the messages of what was thrown. */
final class Logs {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private Logs() {
    }

    static List<String> lines(List<LogRecord> records) {
        return records.stream().map(Logs::line).toList();
    }

    private static String line(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLoggerName()).append(": ")
                .append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : FORMATTER.formatMessage(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        return line.toString();
    }
}
