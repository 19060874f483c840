package io.quarkiverse.telemetry.runtime.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.opentelemetry.exporter.internal.FailedExportException;
import io.opentelemetry.exporter.internal.http.HttpSender;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.quarkiverse.telemetry.runtime.config.Secrets;

/**
 * What one exporter's exports came to: how many were delivered and how many failed, whether it is failing now and
 * since when, and the log lines an operator needs, throttled so that a collector that stays down fills no log: a
 * warning when exports start failing or take longer than the interval, then at most one a minute while that lasts,
 * and one line when exports are delivered again.
 */
public final class ExportHealth {

    /** How often a warning about the same exporter may repeat while the problem lasts. */
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ExportHealth.class);
    /** How much of a collector's answer a log line quotes. */
    private static final int MAX_BODY = 200;

    private final String name;
    private final String exporter;
    private final Duration interval;
    private final Secrets secrets;
    private final AtomicBoolean shuttingDown;
    private volatile CompletableResultCode lastExport;
    private volatile boolean exportedAtShutdown;
    private long delivered;
    private long failed;
    private long slow;
    private long lost;
    private long consecutiveFailures;
    private Instant failingSince;
    private String lastFailure;
    /** The export that has waited longer than the interval and still waits, and when it started. */
    private CompletableResultCode waiting;
    private Instant waitingSince;
    private final Throttle failureWarnings = new Throttle();
    private final Throttle slowWarnings = new Throttle();
    private final Throttle dropWarnings = new Throttle();

    /**
     * @param name the exporter's key, such as {@code telemetry.metrics.exporters.otlp}, or bean class
     * @param exporter the exporter as logs name it, such as {@code telemetry.metrics.exporters.otlp (otlp)}
     * @param interval how long an export may take before it is slow: the export interval, or the batch delay of spans
     * @param secrets what must never appear in a line this class logs
     */
    ExportHealth(String name, String exporter, Duration interval, Secrets secrets, AtomicBoolean shuttingDown) {
        this.name = name;
        this.exporter = exporter;
        this.interval = interval;
        this.secrets = secrets;
        this.shuttingDown = shuttingDown;
    }

    /**
     * Runs one export and records how it ends.
     *
     * @param lostIfFailed what a failure loses: the spans it carried; 0 for metrics, which the next export carries
     */
    CompletableResultCode watch(Supplier<CompletableResultCode> export, int lostIfFailed) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        CompletableResultCode result;
        try {
            result = export.get();
        } catch (RuntimeException e) {
            result = CompletableResultCode.ofExceptionalFailure(e);
        }
        CompletableResultCode done = result;
        lastExport = done;
        exportedAtShutdown |= shuttingDown.get();
        // A collector that does not answer is seen (in health) after one interval, not only when the export gives up:
        // run on the JDK's one delay thread (with no executor given, a 2-core machine would start a thread per
        // export). Whether it was slow is known only once it ends: a refused export also takes longer than a short
        // interval, while the sender retries.
        CompletableFuture.delayedExecutor(interval.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
                .execute(() -> waiting(done, started));
        done.whenComplete(() -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (done.isSuccess() && took.compareTo(interval) > 0) {
                slow(took);
            }
            answered(done);
            exported(done.isSuccess(), done.getFailureThrowable());
            if (!done.isSuccess()) {
                lost(lostIfFailed);
            }
        });
        return done;
    }

    /** Called when the exporter shuts down, after its last export: says whether the final export was delivered. */
    void exporterShutdown() {
        if (shuttingDown.get()) {
            finalExport(exportedAtShutdown, lastExport);
        }
    }

    /**
     * Records that an export has waited longer than the interval; it waits until {@link #answered}. The result is
     * asked outside this object's lock: OpenTelemetry runs completion actions, {@link #answered} among them, holding
     * the result's lock (asking it under ours deadlocked an exporter whose export ended just then).
     */
    private void waiting(CompletableResultCode export, Instant started) {
        synchronized (this) {
            waiting = export;
            waitingSince = started;
        }
        if (export.isDone()) {
            answered(export); // it ended meanwhile, perhaps before the lines above
        }
    }

    private synchronized void answered(CompletableResultCode export) {
        if (waiting == export) {
            waiting = null;
            waitingSince = null;
        }
    }

    /** Records an export delivered later than the interval. */
    private synchronized void slow(Duration took) {
        slow++;
        if (slowWarnings.due()) {
            LOG.warnf("%s: an export took %d ms, longer than the interval of %d ms: the collector is slow, and the"
                    + " exports due meanwhile were skipped", exporter, took.toMillis(), interval.toMillis());
        }
    }

    /** Records how an export ended. */
    private synchronized void exported(boolean success, Throwable failure) {
        if (success) {
            delivered++;
            if (consecutiveFailures > 0) {
                LOG.infof("%s: exports delivered again, after %d failed since %s", exporter, consecutiveFailures,
                        failingSince);
            }
            consecutiveFailures = 0;
            failingSince = null;
            lastFailure = null;
            failureWarnings.reset(); // a new outage is worth a warning at once
            return;
        }
        failed++;
        consecutiveFailures++;
        lastFailure = reason(failure);
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        if (failureWarnings.due()) {
            LOG.warnf("%s: exports failing since %s (%d in a row), the last with: %s", exporter, failingSince,
                    consecutiveFailures, lastFailure);
        }
    }

    /** When a warning last went out: at most one each {@link #WARNING_INTERVAL}. */
    private static final class Throttle {
        private Instant last;

        /** Whether a warning may go out now; if so, it counts as gone out. */
        boolean due() {
            Instant now = Instant.now();
            if (last == null || Duration.between(last, now).compareTo(WARNING_INTERVAL) >= 0) {
                last = now;
                return true;
            }
            return false;
        }

        void reset() {
            last = null;
        }
    }

    private synchronized void lost(long items) {
        lost += items;
    }

    /** Records spans the batch processor dropped because its queue was full; warns, throttled. */
    synchronized void dropped(long spans) {
        lost(spans);
        if (dropWarnings.due()) {
            LOG.warnf("%s: spans dropped because the export queue is full (quarkus.otel.bsp.max.queue.size): the"
                    + " collector is slower than the application ends spans; counted in telemetry.exporter.lost_spans",
                    exporter);
        }
    }

    /**
     * @param exported whether an export was made once the application stopped
     * @param last that export, or else the last one before it; {@code null} if there was none
     */
    private void finalExport(boolean exported, CompletableResultCode last) {
        boolean done = last != null && last.isDone();
        boolean success = done && last.isSuccess();
        if (exported && success) {
            LOG.infof("%s: final export delivered", exporter);
        } else if (exported && !done) {
            LOG.warnf("%s: final export not delivered: the collector did not answer before shutdown", exporter);
        } else if (exported) {
            LOG.warnf("%s: final export not delivered: %s", exporter, reason(last.getFailureThrowable()));
        } else if (last != null && !done) {
            LOG.warnf("%s: final export not made: the export before it still waits for the collector, so what was"
                    + " recorded since the last delivered export is not delivered", exporter);
        } else if (last != null && !success) {
            LOG.warnf("%s: final export not made, and the last export failed (%s): what was recorded since the last"
                    + " delivered export is not delivered", exporter, reason(last.getFailureThrowable()));
        } else {
            LOG.infof("%s: final export not needed, nothing was recorded since the last one", exporter);
        }
    }

    /** Why an export failed, secrets masked. */
    private String reason(Throwable failure) {
        return secrets.redact(describe(failure));
    }

    /**
     * Why an export failed, as an operator needs it: the collector's answer (HTTP status and body, or gRPC status), else
     * the chain of causes. It may quote what the exporter sent, credentials included: callers redact it.
     */
    private static String describe(Throwable failure) {
        if (failure == null) {
            return "the exporter reported a failure";
        }
        if (failure instanceof FailedExportException.HttpExportException http && http.failedWithResponse()) {
            HttpSender.Response response = http.getResponse();
            String body;
            try {
                body = new String(response.responseBody(), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                body = "";
            }
            return "the collector answered HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + (body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + "…" : body));
        }
        if (failure instanceof FailedExportException.GrpcExportException grpc && grpc.failedWithResponse()) {
            return "the collector answered gRPC status " + grpc.getResponse().grpcStatusValue()
                    + (grpc.getResponse().grpcStatusDescription() == null ? ""
                            : ": " + grpc.getResponse().grpcStatusDescription());
        }
        StringBuilder causes = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            causes.append(causes.isEmpty() ? "" : ", caused by ").append(t);
        }
        return causes.toString();
    }

    /** The exporter's key or bean class: the {@code exporter} attribute of its export counts. */
    public String name() {
        return name;
    }

    /** The exporter as logs name it. */
    public String exporter() {
        return exporter;
    }

    /** Exports delivered so far. */
    public synchronized long delivered() {
        return delivered;
    }

    /** Exports failed so far. */
    public synchronized long failed() {
        return failed;
    }

    /** Exports delivered, but later than the interval, so far. */
    public synchronized long slow() {
        return slow;
    }

    /**
     * Spans lost so far, in failed exports or dropped from a full queue (metrics are never lost: the next export
     * carries the totals).
     */
    public synchronized long lost() {
        return lost;
    }

    /** Since when exports fail, if the last one failed. */
    public synchronized Instant failingSince() {
        return failingSince;
    }

    /**
     * Since when the export in flight has waited for the collector, if it has waited longer than the interval: a
     * collector that takes the request and does not answer (the exports due meanwhile are skipped).
     */
    public synchronized Instant waitingSince() {
        return waitingSince;
    }

    /** How long an export may take before it is slow: the export interval, or the batch delay of spans. */
    public Duration interval() {
        return interval;
    }

    /** Why the last export failed, secrets removed; {@code null} if it did not fail. */
    public synchronized String lastFailure() {
        return lastFailure;
    }
}
