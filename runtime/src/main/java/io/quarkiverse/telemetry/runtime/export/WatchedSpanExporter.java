package io.quarkiverse.telemetry.runtime.export;

import java.util.Collection;

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

    WatchedSpanExporter(SpanExporter delegate, ExportHealth health) {
        this.delegate = delegate;
        this.health = health;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return health.watch(() -> delegate.export(spans), spans.size());
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    /** Called by the span processor after its last export. */
    @Override
    public CompletableResultCode shutdown() {
        health.exporterShutdown();
        return delegate.shutdown();
    }

    @Override
    public String toString() {
        return health.exporter();
    }
}
