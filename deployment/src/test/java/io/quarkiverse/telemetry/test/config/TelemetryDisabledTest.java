package io.quarkiverse.telemetry.test.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.enabled=false}, set at run time: instruments are no-ops, nothing is exported, the configured port is
 * not opened, health reports no exporter, and recording logs nothing.
 */
public class TelemetryDisabledTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(TelemetryDisabledTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideRuntimeConfigKey("telemetry.enabled", "false")
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "100ms")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", String.valueOf(OtlpReceiver.freePort()))
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertEquals(List.of(), Logs.lines(records)));

    @Inject
    RootTelemetryService root;

    /** The test class is loaded twice (outside and inside the application): the port is the application's. */
    @ConfigProperty(name = "telemetry.metrics.exporters.prometheus.port")
    int prometheusPort;

    @Test
    void nothingIsRecordedExportedOrOpened() throws InterruptedException {
        LongCounter refreshes = root.forPlugin("catalog").createCounter("catalog.refreshes");
        for (int i = 0; i < 1000; i++) {
            refreshes.add(1);
        }
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan();
        assertFalse(span.isRecording());
        span.end();

        assertThrows(ConnectException.class, () -> connect(prometheusPort), "no port is opened");
        assertFalse(Scrapes.scrape().contains("catalog_refreshes"));
        Thread.sleep(500);
        assertEquals(List.of(), receiver.metrics(), "nothing is exported");
        assertEquals(List.of(), receiver.traces(), "nothing is exported");
    }

    @Test
    void healthReportsNoExporter() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks[0].data.sdk", equalTo("not bound: telemetry.enabled=false"))
                .body("checks[0].data.keySet()", equalTo(Set.of("sdk")));
    }

    private static void connect(int port) throws IOException {
        new Socket("localhost", port).close();
    }
}
