package io.quarkiverse.telemetry.runtime.export;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.ExtLogRecord.FormatStyle;

import io.quarkiverse.telemetry.runtime.config.Secrets;

/**
 * Takes configured secrets (exporters' header values) out of every log record before a handler writes it: the
 * exporters' libraries log what a collector answered, and a collector may echo the credential it was sent. Installed
 * on the root logger's handlers, ahead of their own filters, only when there is a secret to hide.
 */
final class RedactingLogFilter implements Filter {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final Secrets secrets;
    private final Filter next;

    private RedactingLogFilter(Secrets secrets, Filter next) {
        this.secrets = secrets;
        this.next = next;
    }

    /**
     * Puts the filter in front of every handler of the root logger, in place of one an earlier start (dev mode's live
     * reload) installed with the secrets of then.
     */
    static void install(Secrets secrets) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter own = handler.getFilter() instanceof RedactingLogFilter earlier ? earlier.next : handler.getFilter();
            handler.setFilter(secrets.isEmpty() ? own : new RedactingLogFilter(secrets, own));
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : FORMATTER.formatMessage(record);
        String redacted = secrets.redact(message);
        if (message != null && !message.equals(redacted)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && mentionsSecret(thrown)) {
            record.setThrown(redacted(thrown));
        }
        return next == null || next.isLoggable(record);
    }

    private boolean mentionsSecret(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String text = t.toString();
            if (!text.equals(secrets.redact(text))) {
                return true;
            }
        }
        return false;
    }

    /** The same chain of failures, with the secrets out of their messages. */
    private Throwable redacted(Throwable thrown) {
        Throwable cause = thrown.getCause() == null ? null : redacted(thrown.getCause());
        Throwable copy = new RedactedException(secrets.redact(thrown.toString()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** A failure as it was, but for its message. */
    static final class RedactedException extends Exception {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
