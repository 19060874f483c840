package io.quarkiverse.telemetry.test.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A Prometheus port another process listens on fails start-up, naming the key and the address (the application's
 * host, {@code localhost} in tests).
 */
public class PortInUseTest {

    static final ServerSocket busy = listen();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", String.valueOf(busy.getLocalPort()))
            .assertException(Failures.failsWith("telemetry.metrics.exporters.prometheus.port=" + busy.getLocalPort()
                    + ": the Prometheus exporter cannot listen on localhost:" + busy.getLocalPort(), "choose a free port"));

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
