package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A collector that stalls: an export still waits at shutdown, so no final export can be made, and the line says that
 * what was recorded since the last delivered export is not delivered (it said "not needed").
 */
public class FinalExportToStalledCollectorTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(FinalExportToStalledCollectorTest.class);
    static final String LOGS = FinalExportToStalledCollectorTest.class.getName() + ".logs";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .setAfterUndeployListener(() -> {
                receiver.recover();
                // only this application's exporter: an earlier test's span exporter can log its late final export here
                var lines = Logs.capturedAcrossShutdown(LOGS, "telemetry.metrics.exporters.otlp (otlp): final export");
                assertEquals(1, lines.size(), lines.toString());
                assertTrue(lines.get(0).contains("final export not made: the export before it still waits"), lines.get(0));
            });

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Test
    void stallsBeforeShutdown() {
        Logs.captureAcrossShutdown(LOGS, "io.quarkiverse.telemetry");
        receiver.stall(Duration.ofSeconds(20));
        int attempts = receiver.attempts();
        telemetry.createCounter("scaffolder.tasks").add(3);
        Eventually.await(Duration.ofSeconds(10), () -> receiver.attempts() > attempts, "an export waiting");
    }
}
