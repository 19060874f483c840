package io.quarkiverse.telemetry.internal.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.InvalidProtocolBufferException;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * An OTLP receiver for tests: accepts exports over gRPC (HTTP/2 without TLS) and over HTTP/protobuf on a port of its
 * own, and gives them back decoded with the official {@code opentelemetry-proto} classes, with their headers.
 * <p>
 * A QuarkusUnitTest loads the test class twice, outside the application (which configures the exporter) and inside it
 * (which runs the test): one receiver per test class serves both, its exports kept as JDK types in the system
 * properties.
 * <p>
 * It can misbehave as collectors do: refuse every export with an HTTP status ({@link #failWith}), answer late
 * ({@link #stall}), close the connection without an answer ({@link #reset}), and {@link #recover}. A collector that is
 * down is an endpoint on {@link #freePort()}.
 */
public final class OtlpReceiver {

    private static final String SHARED = OtlpReceiver.class.getName();
    private static final String GRPC_METRICS = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
    private static final String GRPC_TRACES = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

    /** An export as received. */
    public record Export<T>(T request, Map<String, String> headers) {
    }

    private interface Parser<T> {
        T parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    /** How the receiver answers: {@code ok}, {@code status:<code>}, {@code stall:<millis>} or {@code reset}. */
    private static final String OK = "ok";

    private final int port;
    /** Each received export as {path, headers, bytes}. */
    private final List<Object[]> received;
    private final AtomicReference<String> behaviour;
    private final AtomicInteger attempts;

    private OtlpReceiver(int port, List<Object[]> received, AtomicReference<String> behaviour, AtomicInteger attempts) {
        this.port = port;
        this.received = received;
        this.behaviour = behaviour;
        this.attempts = attempts;
    }

    /**
     * From now on every export is refused with this HTTP status (such as 503 or 429) and not kept, the answer quoting
     * the request's authorization header.
     */
    public void failWith(int status) {
        behaviour.set("status:" + status);
    }

    /** From now on every export is answered (and kept) only after this delay. */
    public void stall(Duration delay) {
        behaviour.set("stall:" + delay.toMillis());
    }

    /** From now on every export's connection is closed without an answer. */
    public void reset() {
        behaviour.set("reset");
    }

    /** From now on every export is accepted and kept again. */
    public void recover() {
        behaviour.set(OK);
    }

    /** How many exports arrived, whatever the answer. */
    public int attempts() {
        return attempts.get();
    }

    /**
     * The receiver of a test class, started on a free port on first use: the test class's two copies (outside and
     * inside the application) get the same one, another test class a fresh one.
     */
    @SuppressWarnings("unchecked")
    public static synchronized OtlpReceiver of(Class<?> testClass) {
        String key = SHARED + "." + testClass.getName();
        Object[] shared = (Object[]) System.getProperties().get(key);
        if (shared == null) {
            int port = freePort();
            List<Object[]> received = new CopyOnWriteArrayList<>();
            AtomicReference<String> behaviour = new AtomicReference<>(OK);
            AtomicInteger attempts = new AtomicInteger();
            Vertx vertx = Vertx.vertx();
            try {
                vertx.createHttpServer()
                        .requestHandler(request -> answer(vertx, request, received, behaviour.get(), attempts))
                        .listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the OTLP receiver", e);
            }
            shared = new Object[] { port, received, behaviour, attempts };
            System.getProperties().put(key, shared);
        }
        return new OtlpReceiver((Integer) shared[0], (List<Object[]>) shared[1], (AtomicReference<String>) shared[2],
                (AtomicInteger) shared[3]);
    }

    /** A port nothing listens on at the time of the call. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The receiver's base URL, such as {@code http://localhost:4317}. */
    public String endpoint() {
        return "http://localhost:" + port;
    }

    public List<Export<ExportMetricsServiceRequest>> metrics() {
        return exports(GRPC_METRICS, "/v1/metrics", ExportMetricsServiceRequest::parseFrom);
    }

    /** The last metric export received; fails if there is none. */
    public Export<ExportMetricsServiceRequest> lastMetrics() {
        List<Export<ExportMetricsServiceRequest>> metrics = metrics(); // one read: exports keep arriving
        if (metrics.isEmpty()) {
            throw new AssertionError("No metric export received");
        }
        return metrics.get(metrics.size() - 1);
    }

    public List<Export<ExportTraceServiceRequest>> traces() {
        return exports(GRPC_TRACES, "/v1/traces", ExportTraceServiceRequest::parseFrom);
    }

    @SuppressWarnings("unchecked")
    private <T> List<Export<T>> exports(String grpcPath, String httpPath, Parser<T> parser) {
        return received.stream().filter(export -> export[0].equals(grpcPath) || export[0].equals(httpPath))
                .map(export -> {
                    try {
                        return new Export<>(parser.parse((byte[]) export[2]), (Map<String, String>) export[1]);
                    } catch (InvalidProtocolBufferException e) {
                        throw new AssertionError("Not an OTLP export: " + e.getMessage(), e);
                    }
                }).toList();
    }

    private static void answer(Vertx vertx, HttpServerRequest request, List<Object[]> received, String behaviour,
            AtomicInteger attempts) {
        attempts.incrementAndGet();
        if (behaviour.startsWith("status:")) {
            // as a careless collector does: its error message quotes the credential it was sent
            String echo = "refused, authorization=" + request.getHeader("authorization");
            request.body().onComplete(body -> request.response()
                    .setStatusCode(Integer.parseInt(behaviour.substring("status:".length()))).end(echo));
        } else if (behaviour.startsWith("stall:")) {
            request.pause();
            vertx.setTimer(Long.parseLong(behaviour.substring("stall:".length())), timer -> {
                receive(request, received);
                request.resume();
            });
        } else if (behaviour.equals("reset")) {
            request.connection().close();
        } else {
            receive(request, received);
        }
    }

    private static void receive(HttpServerRequest request, List<Object[]> received) {
        request.body().onSuccess(body -> {
            boolean grpc = String.valueOf(request.getHeader("content-type")).startsWith("application/grpc");
            Map<String, String> headers = new TreeMap<>();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            byte[] response;
            try {
                byte[] bytes = grpc ? unframe(body, "gzip".equals(request.getHeader("grpc-encoding")))
                        : inflate(body.getBytes(), "gzip".equals(request.getHeader("content-encoding")));
                switch (request.path()) {
                    case GRPC_METRICS, "/v1/metrics" -> response = ExportMetricsServiceResponse.getDefaultInstance()
                            .toByteArray();
                    case GRPC_TRACES, "/v1/traces" -> response = ExportTraceServiceResponse.getDefaultInstance()
                            .toByteArray();
                    default -> {
                        request.response().setStatusCode(404).end();
                        return;
                    }
                }
                received.add(new Object[] { request.path(), headers, bytes });
            } catch (IOException e) {
                request.response().setStatusCode(400).end(e.toString());
                return;
            }
            if (grpc) {
                Buffer frame = Buffer.buffer().appendByte((byte) 0).appendInt(response.length).appendBytes(response);
                request.response().putHeader("content-type", "application/grpc").putTrailer("grpc-status", "0")
                        .end(frame);
            } else {
                request.response().putHeader("content-type", "application/x-protobuf").end(Buffer.buffer(response));
            }
        });
    }

    /** A gRPC message: a compressed flag, a 4-byte length, the bytes. */
    private static byte[] unframe(Buffer body, boolean gzip) throws IOException {
        boolean compressed = body.getByte(0) == 1;
        int length = body.getInt(1);
        return inflate(body.getBytes(5, 5 + length), compressed && gzip);
    }

    private static byte[] inflate(byte[] bytes, boolean gzip) throws IOException {
        if (!gzip) {
            return bytes;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
