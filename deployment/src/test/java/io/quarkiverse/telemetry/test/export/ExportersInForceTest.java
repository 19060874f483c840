package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Start-up says where telemetry goes, once, and warns when the configured exporters leave {@code /q/metrics} without
 * plugin metrics (configuring OTLP used to empty the scrape silently). The OTLP URL is the one the sender posts to,
 * without the query, which may carry a credential.
 */
public class ExportersInForceTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:4318/otlp/?token=s3cr3t")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", "http://127.0.0.1:4317")
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
            .assertLogRecords(records -> {
                List<String> lines = Logs.lines(records);
                List<String> inForce = lines.stream().filter(line -> line.contains("Telemetry exports")).toList();
                assertEquals(List.of("io.quarkiverse.telemetry.runtime.export.ExportersInForce: Telemetry exports plugin"
                        + " metrics to http://127.0.0.1:4318/otlp/v1/metrics over http/protobuf"
                        + " (telemetry.metrics.exporters.otlp); spans to http://127.0.0.1:4317 over grpc"
                        + " (telemetry.tracing.exporters.otlp)"), inForce);
                assertEquals(1, lines.stream().filter(line -> line.contains("/q/metrics has no plugin metrics: the"
                        + " configured metric exporters replace the default scrape; to keep it, add"
                        + " telemetry.metrics.exporters.prometheus.enabled=true")).count(), lines.toString());
                assertTrue(lines.stream().noneMatch(line -> line.contains("s3cr3t")), lines.toString());
            });

    @Test
    void startsAndSaysWhereTelemetryGoes() {
        // the log is checked once the application has stopped
    }
}
