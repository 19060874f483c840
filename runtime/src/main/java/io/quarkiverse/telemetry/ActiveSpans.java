package io.quarkiverse.telemetry;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.semconv.ErrorAttributes;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/** Runs a unit of work in a span that is current while it runs and ends with it, however it ends. */
final class ActiveSpans {

    private ActiveSpans() {
    }

    static <T, E extends Throwable> T run(Tracer tracer, String name, SpanOptions options, SpanWork<T, E> work)
            throws E {
        Span span = tracer.spanBuilder(name).setSpanKind(options.kind()).setAllAttributes(options.attributes())
                .startSpan();
        T result;
        try (Scope current = span.makeCurrent()) {
            result = work.doWork(span);
        } catch (Throwable failure) {
            end(span, failure);
            throw failure;
        }
        return endWhenDone(span, result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T endWhenDone(Span span, T result) {
        if (result instanceof CompletionStage<?> stage) {
            stage.whenComplete((item, failure) -> end(span, failure));
            return result;
        }
        if (result instanceof Uni<?> uni) {
            return (T) endWhenDone(span, uni);
        }
        span.end();
        return result;
    }

    /**
     * A Uni runs when subscribed: the span is current while the subscription starts and ends when the Uni delivers,
     * fails or is cancelled.
     */
    private static <I> Uni<I> endWhenDone(Span span, Uni<I> uni) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicBoolean ended = new AtomicBoolean();
            Cancellable upstream;
            try (Scope current = span.makeCurrent()) {
                upstream = uni.subscribe().with(item -> {
                    if (ended.compareAndSet(false, true)) {
                        span.end();
                    }
                    emitter.complete(item);
                }, failure -> {
                    if (ended.compareAndSet(false, true)) {
                        end(span, failure);
                    }
                    emitter.fail(failure);
                });
            }
            emitter.onTermination(() -> {
                if (ended.compareAndSet(false, true)) {
                    upstream.cancel();
                    span.setAttribute("cancelled", true);
                    span.end();
                }
            });
        });
    }

    private static void end(Span span, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            span.recordException(cause);
            span.setAttribute(ErrorAttributes.ERROR_TYPE, cause.getClass().getName());
            span.setStatus(StatusCode.ERROR,
                    cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName());
        }
        span.end();
    }
}
