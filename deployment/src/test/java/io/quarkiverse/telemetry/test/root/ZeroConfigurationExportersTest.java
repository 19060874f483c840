package io.quarkiverse.telemetry.test.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/** With zero configuration, start-up says the plugins' metrics are at /q/metrics and spans go nowhere, and warns of nothing. */
public class ZeroConfigurationExportersTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
            .assertLogRecords(records -> assertEquals(List.of("io.quarkiverse.telemetry.runtime.export.ExportersInForce:"
                    + " Telemetry exports plugin metrics to /q/metrics (telemetry.metrics.exporters); spans to nowhere"
                    + " (no exporter configured)"), Logs.lines(records)));

    @Test
    void startsAndSaysWhereTelemetryGoes() {
        // the log is checked once the application has stopped
    }
}
