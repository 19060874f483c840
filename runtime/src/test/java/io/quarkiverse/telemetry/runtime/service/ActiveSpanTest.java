package io.quarkiverse.telemetry.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/**
 * {@code startActiveSpan}: current while the work runs, ended however the work ends, failures recorded with their
 * {@code error.type}, the span attributed to its plugin.
 */
class ActiveSpanTest {

    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    private final TelemetryService catalog = boundRoot().forPlugin("catalog");

    private DefaultRootTelemetryService boundRoot() {
        DefaultRootTelemetryService root = new DefaultRootTelemetryService();
        root.bind(sdk);
        return root;
    }

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void spanIsCurrentWhileTheWorkRunsAndChildOfTheCurrentSpan() {
        Span request = sdk.getTracer("http").spanBuilder("GET /catalog").startSpan();
        Span[] inside = new Span[1];
        String result;
        try (Scope ignored = request.makeCurrent()) {
            result = catalog.startActiveSpan("refresh", span -> {
                inside[0] = Span.current();
                return "done";
            });
            assertSame(request, Span.current(), "the outer span is current again");
        }
        request.end();

        assertEquals("done", result);
        SpanData refresh = finished("refresh");
        assertEquals(refresh.getSpanId(), inside[0].getSpanContext().getSpanId());
        assertEquals(request.getSpanContext().getSpanId(), refresh.getParentSpanId());
        assertEquals("backstage-plugin-catalog", refresh.getInstrumentationScopeInfo().getName());
        assertEquals("catalog", refresh.getAttributes().get(AttributeKey.stringKey("backstage.plugin.id")));
        assertEquals(StatusCode.UNSET, refresh.getStatus().getStatusCode());
        assertNull(refresh.getAttributes().get(ERROR_TYPE), "error.type only on failure");
    }

    @Test
    void kindAndAttributesComeFromTheOptions() {
        catalog.startActiveSpan("fetch", SpanOptions.builder().kind(SpanKind.CLIENT).attribute("url", "https://x")
                .attribute(AttributeKey.longKey("attempt"), 2L).build(), span -> null);

        SpanData fetch = finished("fetch");
        assertEquals(SpanKind.CLIENT, fetch.getKind());
        assertEquals("https://x", fetch.getAttributes().get(AttributeKey.stringKey("url")));
        assertEquals(2L, fetch.getAttributes().get(AttributeKey.longKey("attempt")));
    }

    @Test
    void aFailureIsRecordedAndPassesOnUnchanged() {
        IOException thrown = new IOException("location unreachable");
        IOException caught = assertThrows(IOException.class, () -> catalog.startActiveSpan("read", span -> {
            throw thrown;
        }));

        assertSame(thrown, caught);
        SpanData read = finished("read");
        assertEquals(StatusCode.ERROR, read.getStatus().getStatusCode());
        assertEquals("location unreachable", read.getStatus().getDescription());
        assertEquals("exception", read.getEvents().get(0).getName());
        assertEquals(IOException.class.getName(),
                read.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.type")));
        assertEquals(IOException.class.getName(), read.getAttributes().get(ERROR_TYPE));
    }

    @Test
    void aCompletionStageEndsTheSpanWhenItCompletes() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionStage<String> returned = catalog.startActiveSpan("async", span -> pending);

        assertSame(pending, returned);
        assertEquals(List.of(), spans.getFinishedSpanItems(), "not ended before it completes");
        pending.completeExceptionally(new IllegalStateException("stitching failed"));

        SpanData async = finished("async");
        assertEquals(StatusCode.ERROR, async.getStatus().getStatusCode());
        assertEquals("stitching failed", async.getStatus().getDescription());
        assertEquals(IllegalStateException.class.getName(), async.getAttributes().get(ERROR_TYPE));
    }

    @Test
    void aUniEndsTheSpanWhenItDeliversWithTheSpanCurrentAtSubscription() {
        Uni<String> uni = catalog.startActiveSpan("reactive",
                span -> Uni.createFrom().item(() -> Span.current().getSpanContext().getSpanId()));
        assertEquals(List.of(), spans.getFinishedSpanItems(), "a Uni runs when subscribed");

        String currentAtSubscription = uni.subscribe().withSubscriber(UniAssertSubscriber.create()).awaitItem()
                .getItem();

        SpanData reactive = finished("reactive");
        assertEquals(reactive.getSpanId(), currentAtSubscription);
        assertEquals(StatusCode.UNSET, reactive.getStatus().getStatusCode());
    }

    @Test
    void aFailedOrCancelledUniEndsTheSpan() {
        catalog.startActiveSpan("failing", span -> Uni.createFrom().failure(new IllegalStateException("no template")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure();
        assertEquals(StatusCode.ERROR, finished("failing").getStatus().getStatusCode());
        assertEquals(IllegalStateException.class.getName(), finished("failing").getAttributes().get(ERROR_TYPE));

        UniAssertSubscriber<Object> subscriber = catalog
                .startActiveSpan("cancelled", span -> Uni.createFrom().nothing()).subscribe()
                .withSubscriber(UniAssertSubscriber.create());
        assertTrue(spans.getFinishedSpanItems().stream().noneMatch(s -> s.getName().equals("cancelled")));
        subscriber.cancel();
        assertEquals(true, finished("cancelled").getAttributes().get(AttributeKey.booleanKey("cancelled")));
    }

    private SpanData finished(String name) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no finished span " + name + " in " + spans.getFinishedSpanItems()));
    }
}
