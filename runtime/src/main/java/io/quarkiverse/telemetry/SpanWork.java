package io.quarkiverse.telemetry;

import io.opentelemetry.api.trace.Span;

/**
 * A unit of work traced by {@link TelemetryService#startActiveSpan(String, SpanWork)}. It may throw what it throws
 * anyway: a checked exception passes through {@code startActiveSpan} unchanged.
 *
 * @param <T> the result; a {@link java.util.concurrent.CompletionStage} or a Mutiny {@code Uni} ends the span when it
 *        completes
 * @param <E> the exception the work may throw
 */
@FunctionalInterface
public interface SpanWork<T, E extends Throwable> {

    /**
     * Does the work while {@code span} is the current span.
     *
     * @param span the span, to add attributes and events to; it ends by itself
     */
    T doWork(Span span) throws E;
}
