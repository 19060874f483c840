package io.quarkiverse.telemetry.test.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * The span of {@code startActiveSpan} follows the work onto other threads, through Quarkus' context propagation: a
 * {@link CompletionStage} from the managed executor and a Uni that moves to it both see it current, and it ends when
 * they complete.
 */
public class AsyncContextTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(InMemorySpans.class));

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Inject
    ManagedExecutor executor;

    @Inject
    InMemorySpans spans;

    @Test
    void completionStageWorkSeesTheSpanOnAnotherThread() throws Exception {
        String caller = Thread.currentThread().getName();
        CompletionStage<String[]> stage = telemetry.startActiveSpan("task.async", span -> executor
                .supplyAsync(() -> new String[] { Span.current().getSpanContext().getSpanId(),
                        Thread.currentThread().getName() }));
        String[] seen = stage.toCompletableFuture().get(10, TimeUnit.SECONDS);

        SpanData task = spans.named("task.async");
        assertEquals(task.getSpanId(), seen[0]);
        assertNotEquals(caller, seen[1], "the work ran on another thread");
    }

    @Test
    void uniWorkSeesTheSpanOnAnotherThread() {
        String caller = Thread.currentThread().getName();
        Uni<String[]> uni = telemetry.startActiveSpan("task.reactive", span -> Uni.createFrom().item("step")
                .emitOn(executor).map(item -> new String[] { Span.current().getSpanContext().getSpanId(),
                        Thread.currentThread().getName() }));
        String[] seen = uni.await().atMost(Duration.ofSeconds(10));

        SpanData task = spans.named("task.reactive");
        assertEquals(task.getSpanId(), seen[0]);
        assertNotEquals(caller, seen[1], "the work ran on another thread");
    }
}
