package io.quarkiverse.telemetry.runtime.export;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.opentelemetry.exporter.internal.grpc.GrpcResponse;
import io.opentelemetry.exporter.internal.grpc.GrpcSender;
import io.opentelemetry.exporter.internal.marshal.Marshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.vertx.core.Vertx;

/**
 * A gRPC sender that gives each request exactly one answer, within the export timeout. quarkus-opentelemetry 3.33's
 * Vert.x gRPC sender answers a refused or reset request twice (more than one of its failure handlers fires, and
 * OpenTelemetry's exporter then throws {@code IllegalStateException: Recording already ended} on the event loop),
 * and can leave a request that a healthy collector answered without any answer at all (a few in a thousand, one export
 * after another), which would hold its spans for ever, neither exported nor counted as failed. The first answer is
 * passed on; none by the timeout is a failure. {@code GrpcCollectorFaultsTest} and {@code EveryExportAnsweredTest}
 * reproduce both.
 */
final class OneAnswerGrpcSender<T extends Marshaler> implements GrpcSender<T> {

    private final GrpcSender<T> sender;
    private final Vertx vertx;
    private final Duration timeout;

    OneAnswerGrpcSender(GrpcSender<T> sender, Vertx vertx, Duration timeout) {
        this.sender = sender;
        this.vertx = vertx;
        this.timeout = timeout;
    }

    @Override
    public void send(T request, Consumer<GrpcResponse> onResponse, Consumer<Throwable> onError) {
        AtomicBoolean answered = new AtomicBoolean();
        long deadline = vertx.setTimer(Math.max(1, timeout.toMillis()), fired -> {
            if (answered.compareAndSet(false, true)) {
                onError.accept(new TimeoutException("the collector gave no answer within " + timeout.toMillis() + " ms"));
            }
        });
        sender.send(request, firstOf(answered, deadline, onResponse), firstOf(answered, deadline, onError));
    }

    @Override
    public CompletableResultCode shutdown() {
        return sender.shutdown();
    }

    /** The callback, called only for the request's first answer, which also cancels the deadline. */
    private <A> Consumer<A> firstOf(AtomicBoolean answered, long deadline, Consumer<A> callback) {
        return answer -> {
            if (answered.compareAndSet(false, true)) {
                vertx.cancelTimer(deadline);
                callback.accept(answer);
            }
        };
    }
}
