package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/** A collector that is down at shutdown: the final export is lost, and one warning says so (it used to be silent). */
public class FinalExportToDownCollectorTest {

    /** Where the test leaves the log records of the shutdown, which comes after it, for the check that follows. */
    static final String LOGS = FinalExportToDownCollectorTest.class.getName() + ".logs";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:" + OtlpReceiver.freePort())
            .overrideConfigKey("telemetry.metrics.exporters.otlp.timeout", "1s")
            .setAfterUndeployListener(() -> {
                // only this application's exporter: an earlier test's span exporter can log its late final export here
                var lines = Logs.capturedAcrossShutdown(LOGS, "telemetry.metrics.exporters.otlp (otlp): final export");
                assertEquals(1, lines.size(), lines.toString());
                assertTrue(lines.get(0).contains("telemetry.metrics.exporters.otlp (otlp): final export not delivered"),
                        lines.get(0));
            });

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Test
    void recordsBeforeShutdown() {
        Logs.captureAcrossShutdown(LOGS, "io.quarkiverse.telemetry");
        telemetry.createCounter("scaffolder.tasks").add(3);
    }
}
