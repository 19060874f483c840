package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.proto.metrics.v1.Metric;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * At shutdown each periodic exporter sends exactly one final export (quarkus-opentelemetry flushes the meter provider
 * and then shuts it down, which used to export twice), with what was recorded since the last export, and one line says
 * it was delivered.
 */
public class FinalExportTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(FinalExportTest.class);

    /** Where the test leaves the log records of the shutdown, which comes after it, for the check that follows. */
    static final String LOGS = FinalExportTest.class.getName() + ".logs";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .setAfterUndeployListener(() -> {
                // only this application's exporter: an earlier test's span exporter can log its late final export here
                var lines = Logs.capturedAcrossShutdown(LOGS, "telemetry.metrics.exporters.otlp (otlp): final export");
                assertEquals(1, lines.size(), lines.toString());
                assertTrue(lines.get(0).contains("telemetry.metrics.exporters.otlp (otlp): final export delivered"),
                        lines.get(0));
                assertEquals(1, receiver.metrics().size(), "one final export, nothing else in a 60s interval");
                Metric tasks = receiver.metrics().get(0).request().getResourceMetrics(0).getScopeMetricsList().stream()
                        .filter(scope -> scope.getScope().getName().equals("backstage-plugin-scaffolder"))
                        .flatMap(scope -> scope.getMetricsList().stream()).findFirst().orElseThrow();
                assertEquals(3, tasks.getSum().getDataPoints(0).getAsInt());
            });

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Test
    void recordsBeforeShutdown() {
        Logs.captureAcrossShutdown(LOGS, "io.quarkiverse.telemetry");
        telemetry.createCounter("scaffolder.tasks").add(3);
        assertEquals(0, receiver.metrics().size(), "nothing exported before the interval or shutdown");
    }
}
