package io.quarkiverse.telemetry.test.export.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * One run of a collector that misbehaves and recovers, against an application exporting metrics and spans to it: every
 * fault is counted in the scrape and warned of once per exporter (the warnings are throttled to one a minute),
 * requests are unaffected, the metric totals are exact once the collector is back, the spans of failed exports are
 * counted as lost, and no log line holds the exporters' credential.
 */
final class CollectorFaults {

    static final String SECRET = "S3CRET-T0KEN";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String METRICS = "telemetry.metrics.exporters.otlp";
    static final String TRACES = "telemetry.tracing.exporters.otlp";

    private CollectorFaults() {
    }

    /** The application: OTLP every 300 ms with a credential, and {@code /q/metrics} to read the counts from. */
    static QuarkusUnitTest app(OtlpReceiver receiver, String protocol) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(CollectorFaults.class, Logs.class, Scrapes.class))
                .overrideConfigKey("telemetry.metrics.collection.export-interval", "300ms")
                .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", protocol)
                .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
                .overrideConfigKey("telemetry.metrics.exporters.otlp.timeout", "5s")
                .overrideConfigKey("telemetry.metrics.exporters.otlp.headers.authorization", "Bearer " + SECRET)
                .overrideConfigKey("telemetry.tracing.exporters.otlp.protocol", protocol)
                .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
                .overrideConfigKey("telemetry.tracing.exporters.otlp.headers.authorization", "Bearer " + SECRET)
                .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms")
                .overrideConfigKey("telemetry.metrics.exporters.scrape.type", "prometheus")
                .setLogRecordPredicate(record -> true)
                .assertLogRecords(CollectorFaults::assertLogged);
    }

    /** What the application logged over its whole life (the first exports come before the test method). */
    private static void assertLogged(List<LogRecord> records) {
        for (String exporter : List.of(METRICS, TRACES)) {
            assertEquals(1, lines(records, exporter + " (otlp): exports failing since").size(),
                    "one warning for the outage, throttled: " + Logs.lines(records));
            assertEquals(1, lines(records, exporter + " (otlp): exports delivered again").size(),
                    Logs.lines(records).toString());
        }
        assertEquals(1, lines(records, METRICS + " (otlp): an export ").size(),
                "slow exports warned of once, throttled: " + Logs.lines(records));
        assertTrue(Logs.lines(records).stream().noneMatch(line -> line.contains("Uncaught exception")),
                () -> "nothing thrown on the event loop (an export answered twice): " + Logs.lines(records));
        assertTrue(Logs.lines(records).stream().noneMatch(line -> line.contains(SECRET)),
                () -> "the credential is never logged: " + Logs.lines(records));
        List<String> upstream = Logs.lines(records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                        && !record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
                .toList());
        assertEquals(List.of(), upstream, "one problem, one line: this extension's, not the senders' as well");
    }

    /** Refuses with the status, resets, stalls, recovers each time; checks what the application made of it. */
    static void misbehaveAndRecover(OtlpReceiver receiver, TelemetryService telemetry, int status) {
        LongCounter tasks = telemetry.createCounter("scaffolder.tasks");
        tasks.add(5);
        awaitTotal(receiver, 5);

        double slowBeforeRefusals = slowExports(); // the first export can be slow: a new connection, cold code
        receiver.failWith(status);
        int attempts = receiver.attempts();
        tasks.add(5);
        telemetry.getTracer().spanBuilder("lost").startSpan().end();
        // quarkus-opentelemetry's senders retry a refused request (up to 3 attempts, with a back-off) before the
        // export fails, so refused requests are awaited as failed exports, each of which made at least one attempt.
        double failedBefore = failedExports();
        Eventually.await(WAIT, () -> failedExports() >= failedBefore + 3, "three failed exports counted");
        assertTrue(receiver.attempts() >= attempts + 3, "every failed export reached the collector");
        Eventually.await(WAIT, () -> counted(LOST_SPANS) >= 1, "the lost span counted");
        given().get("/q/metrics").then().statusCode(200); // requests are unaffected
        assertEquals(slowBeforeRefusals, slowExports(), "refused exports are failures, not slow exports");
        receiver.reset();
        int resets = receiver.attempts();
        Eventually.await(WAIT, () -> receiver.attempts() >= resets + 1, "an export reset");

        receiver.recover();
        awaitTotal(receiver, 10); // nothing lost: the next export that gets through carries the totals
        telemetry.getTracer().spanBuilder("delivered").startSpan().end();
        Eventually.await(WAIT, () -> receiver.traces().stream().anyMatch(export -> export.request().toString()
                .contains("delivered")), "a span delivered after the outage");

        double slowBefore = slowExports();
        receiver.stall(Duration.ofMillis(1500));
        tasks.add(5);
        Eventually.await(WAIT, () -> slowExports() > slowBefore, "a slow export counted");
        receiver.recover();
        awaitTotal(receiver, 15);
    }

    private static void awaitTotal(OtlpReceiver receiver, long total) {
        Eventually.await(WAIT, () -> receiver.metrics().stream().anyMatch(export -> tasksIn(export) == total),
                "an export with scaffolder.tasks = " + total);
    }

    private static long tasksIn(
            OtlpReceiver.Export<io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest> export) {
        return export.request().getResourceMetricsList().stream()
                .flatMap(resource -> resource.getScopeMetricsList().stream())
                .filter(scope -> scope.getScope().getName().equals("backstage-plugin-scaffolder"))
                .flatMap(scope -> scope.getMetricsList().stream()).filter(metric -> metric.getName().equals("scaffolder.tasks"))
                .map(Metric::getSum).mapToLong(sum -> sum.getDataPoints(0).getAsInt()).findFirst().orElse(-1);
    }

    private static List<String> lines(List<LogRecord> records, String text) {
        return Logs.lines(records).stream().filter(line -> line.contains(text)).toList();
    }

    private static final String LOST_SPANS = "telemetry_exporter_lost_spans_total\\{exporter=\"" + TRACES
            + "\",otel_scope_name=\"backstage-root\",} (\\S+)";

    private static double failedExports() {
        return counted(
                "telemetry_exporter_exports_total\\{exporter=\"telemetry.metrics.exporters.otlp\",otel_scope_name=\"backstage-root\",outcome=\"failed\",} (\\S+)");
    }

    private static double slowExports() {
        return counted(
                "telemetry_exporter_slow_exports_total\\{exporter=\"telemetry.metrics.exporters.otlp\",otel_scope_name=\"backstage-root\",} (\\S+)");
    }

    private static double counted(String series) {
        Matcher matcher = Pattern.compile(series).matcher(Scrapes.scrape());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
