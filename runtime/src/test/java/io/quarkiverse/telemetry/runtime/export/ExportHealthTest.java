package io.quarkiverse.telemetry.runtime.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.quarkiverse.telemetry.runtime.config.Secrets;

/**
 * An export that ends just as its interval runs out is recorded once, and never deadlocks the exporter: OpenTelemetry
 * runs an export's completion actions while holding the result's lock, so the check made one interval after the export
 * started must not ask the result while holding the health's own lock (it did, and an application hung in shutdown).
 */
class ExportHealthTest {

    private static final int EXPORTS = 2000;

    @Test
    void exportsEndingAsTheIntervalRunsOutNeitherDeadlockNorStayWaiting() throws Exception {
        Duration interval = Duration.ofNanos(200_000);
        ExportHealth health = new ExportHealth("telemetry.metrics.exporters.otlp", "otlp", interval, Secrets.NONE,
                new AtomicBoolean());
        ExecutorService collector = Executors.newSingleThreadExecutor();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < EXPORTS; i++) {
                    CompletableResultCode result = health.watch(() -> {
                        CompletableResultCode answer = new CompletableResultCode();
                        collector.execute(() -> {
                            long end = System.nanoTime() + interval.toNanos();
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait(); // answer just as the interval runs out
                            }
                            answer.succeed();
                        });
                        return answer;
                    }, 0);
                    result.join(10, TimeUnit.SECONDS);
                }
                Thread.sleep(50); // the last export's interval check
            });
        } finally {
            collector.shutdownNow();
        }
        assertEquals(EXPORTS, health.delivered());
        assertNull(health.waitingSince(), "every export has ended: none waits");
    }
}
