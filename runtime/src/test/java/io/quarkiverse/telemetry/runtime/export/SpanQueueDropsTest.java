package io.quarkiverse.telemetry.runtime.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkiverse.telemetry.runtime.config.Secrets;

/** The SDK's batch span processor, its queue full while its exporter is busy: what it drops counts as lost. */
class SpanQueueDropsTest {

    @Test
    void spansDroppedFromAFullQueueAreLost() throws InterruptedException {
        ExportHealth health = new ExportHealth("traces", "traces (test)", Duration.ofSeconds(1), Secrets.NONE,
                new AtomicBoolean());
        CountDownLatch exporting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SpanExporter busy = new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exporting.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        try (SdkTracerProvider tracers = SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(busy)
                .setMaxQueueSize(2).setMaxExportBatchSize(2).setScheduleDelay(Duration.ofMillis(10))
                .setMeterProvider(new SpanQueueDrops(health)).build()).build()) {
            Tracer tracer = tracers.get("test");
            tracer.spanBuilder("first").startSpan().end();
            assertTrue(exporting.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 10; i++) {
                tracer.spanBuilder("queued").startSpan().end();
            }
            assertTrue(health.lost() >= 7, "lost " + health.lost());
            release.countDown();
        }
    }
}
