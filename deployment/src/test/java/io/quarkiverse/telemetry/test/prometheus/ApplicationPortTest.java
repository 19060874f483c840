package io.quarkiverse.telemetry.test.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A Prometheus exporter on a port the application itself listens on (HTTP, HTTPS, the management interface) fails
 * start-up, naming both keys: Vert.x would let the two servers share the port and split the connections between them,
 * so that business requests and health probes got 404s.
 */
public class ApplicationPortTest {

    static final int HTTP = OtlpReceiver.freePort();
    static final int HTTPS = OtlpReceiver.freePort();
    static final int MANAGEMENT = OtlpReceiver.freePort();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.http.test-port", String.valueOf(HTTP))
            .overrideConfigKey("quarkus.http.test-ssl-port", String.valueOf(HTTPS))
            .overrideConfigKey("quarkus.management.enabled", "true")
            .overrideConfigKey("quarkus.management.test-port", String.valueOf(MANAGEMENT))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/http\".port", String.valueOf(HTTP))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/https\".port", String.valueOf(HTTPS))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/management\".port", String.valueOf(MANAGEMENT))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/management\".host", "0.0.0.0")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.\"prometheus/http\".port=" + HTTP
                            + " is the application's HTTP port (quarkus.http.test-port=" + HTTP + ")",
                    "telemetry.metrics.exporters.\"prometheus/https\".port=" + HTTPS
                            + " is the application's HTTPS port (quarkus.http.test-ssl-port=" + HTTPS + ")",
                    "telemetry.metrics.exporters.\"prometheus/management\".port=" + MANAGEMENT
                            + " is the application's management interface port (quarkus.management.test-port="
                            + MANAGEMENT + ")",
                    "give the Prometheus exporter a port of its own"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed: the exporter would have taken the application's port");
    }
}
