package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A Prometheus listener binds the application's {@code quarkus.http.host} unless its {@code host} says otherwise: with
 * the application on 127.0.0.1, the listener is not reachable on another loopback address (127.0.0.2), while one
 * configured for every interface is.
 */
public class ListenerHostTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.http.host", "127.0.0.1")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", String.valueOf(OtlpReceiver.freePort()))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/all\".port",
                    String.valueOf(OtlpReceiver.freePort()))
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/all\".host", "0.0.0.0");

    @ConfigProperty(name = "telemetry.metrics.exporters.prometheus.port")
    int applicationHostPort;

    @ConfigProperty(name = "telemetry.metrics.exporters.\"prometheus/all\".port")
    int everyInterfacePort;

    @Test
    void listenerBindsTheApplicationsHost() {
        given().get("http://127.0.0.1:" + applicationHostPort + "/metrics").then().statusCode(200);
        assertThrows(ConnectException.class, () -> connect("127.0.0.2", applicationHostPort));
    }

    @Test
    void configuredHostWins() throws IOException {
        connect("127.0.0.2", everyInterfacePort);
        given().get("http://127.0.0.2:" + everyInterfacePort + "/metrics").then().statusCode(200);
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        }
    }
}
