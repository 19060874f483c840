package io.quarkiverse.telemetry.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/** Captured log records as the lines they print: logger, formatted message and the messages of what was thrown. */
public final class Logs {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private Logs() {
    }

    /** Records, from now on, what the named logger and those below it log. */
    public static List<LogRecord> capture(String loggerName) {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger.getLogger(loggerName).addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyAll(); // the MDC as it is now, while the record is written
                }
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return records;
    }

    /**
     * Captures from now on, as {@link #capture}, and keeps the records under the key where the test class's other copy
     * (outside the application) finds them once the application has stopped: the shutdown comes after the test.
     */
    public static void captureAcrossShutdown(String key, String loggerName) {
        System.getProperties().put(key, capture(loggerName));
    }

    /** The lines captured by {@link #captureAcrossShutdown} under the key that contain the text. */
    @SuppressWarnings("unchecked")
    public static List<String> capturedAcrossShutdown(String key, String containing) {
        return lines((List<LogRecord>) System.getProperties().get(key)).stream()
                .filter(line -> line.contains(containing)).toList();
    }

    public static List<String> lines(List<LogRecord> records) {
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
