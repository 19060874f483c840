package io.quarkiverse.telemetry.runtime.export;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A span exporter whose exports are recorded in its {@link ExportHealth}: unlike metrics, the spans of a failed export
 * are lost, so they are counted. Says at shutdown whether its final export was delivered.
 */
final class WatchedSpanExporter implements SpanExporter {

    private final SpanExporter delegate;
    private final ExportHealth health;
    private final AtomicBoolean shuttingDown;
    private volatile CompletableResultCode last;
    private volatile boolean exportedAtShutdown;

    /** @param shuttingDown set once the application stops: the exports from then on are the final ones */
    WatchedSpanExporter(SpanExporter delegate, ExportHealth health, AtomicBoolean shuttingDown) {
        this.delegate = delegate;
        this.health = health;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        long start = System.nanoTime();
        CompletableResultCode result;
        try {
            result = delegate.export(spans);
        } catch (RuntimeException e) {
            result = CompletableResultCode.ofExceptionalFailure(e);
        }
        CompletableResultCode done = result;
        last = done;
        exportedAtShutdown |= shuttingDown.get();
        int count = spans.size();
        done.whenComplete(() -> {
            health.exported(done.isSuccess(), done.getFailureThrowable(), Duration.ofNanos(System.nanoTime() - start));
            if (!done.isSuccess()) {
                health.lost(count);
            }
        });
        return done;
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    /** Called by the span processor after its last export. */
    @Override
    public CompletableResultCode shutdown() {
        CompletableResultCode finalExport = last;
        if (shuttingDown.get()) {
            health.finalExport(exportedAtShutdown, finalExport != null && finalExport.isDone(),
                    finalExport != null && finalExport.isSuccess(),
                    finalExport == null ? null : finalExport.getFailureThrowable());
        }
        return delegate.shutdown();
    }

    @Override
    public String toString() {
        return health.exporter();
    }
}
