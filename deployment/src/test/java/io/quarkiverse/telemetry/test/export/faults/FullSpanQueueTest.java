package io.quarkiverse.telemetry.test.export.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Spans the batch processor drops because its queue is full while the collector stalls are counted as lost and warned
 * of; OpenTelemetry reports them only under names Prometheus' lint rejects, so they used to go unseen.
 */
public class FullSpanQueueTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(FullSpanQueueTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, Logs.class))
            .overrideConfigKey("telemetry.tracing.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("quarkus.otel.bsp.max.queue.size", "2")
            .overrideConfigKey("quarkus.otel.bsp.max.export.batch.size", "2")
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "50ms")
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
            .assertLogRecords(records -> assertTrue(Logs.lines(records).stream().anyMatch(line -> line.contains(
                    "telemetry.tracing.exporters.otlp (otlp): spans dropped because the export queue is full")),
                    Logs.lines(records).toString()));

    @Inject
    @PluginTelemetry("catalog")
    TelemetryService telemetry;

    @Test
    void droppedSpansAreCounted() {
        receiver.stall(Duration.ofSeconds(5));
        telemetry.getTracer().spanBuilder("first").startSpan().end();
        Eventually.await(Duration.ofSeconds(10), () -> receiver.attempts() >= 1, "the processor busy exporting");
        for (int i = 0; i < 10; i++) {
            telemetry.getTracer().spanBuilder("queued-" + i).startSpan().end();
        }
        String scrape = Scrapes.scrape();
        Matcher lost = Pattern.compile("telemetry_exporter_lost_spans_total\\{exporter=\"telemetry.tracing.exporters.otlp\","
                + "otel_scope_name=\"backstage-root\",} (\\S+)").matcher(scrape);
        assertTrue(lost.find() && Double.parseDouble(lost.group(1)) >= 7,
                () -> "at most the queue's 2 and the one in flight are kept of 11: " + scrape);
        receiver.recover();
    }
}
