package io.quarkiverse.telemetry.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.runtime.config.ApplicationListeners.Listener;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The application's listeners are read from the keys of the running launch mode (a packaged application's
 * {@code quarkus.http.port}, a test's {@code quarkus.http.test-port}), and two hosts overlap when one server would take
 * the other's connections.
 */
class ApplicationListenersTest {

    @Test
    void packagedApplicationUsesThePortKeys() {
        ApplicationListeners application = ApplicationListeners.of(config(Map.of("quarkus.http.port", "18080",
                "quarkus.management.enabled", "true", "quarkus.management.host", "127.0.0.1")), LaunchMode.NORMAL);
        assertEquals("0.0.0.0", application.host());
        assertEquals(List.of(new Listener("HTTP", "quarkus.http.port", "0.0.0.0", 18080),
                new Listener("HTTPS", "quarkus.http.ssl-port", "0.0.0.0", 8443),
                new Listener("management interface", "quarkus.management.port", "127.0.0.1", 9000)),
                application.listeners());
    }

    @Test
    void testsUseTheTestPortKeysAndRandomPortsCannotClash() {
        ApplicationListeners application = ApplicationListeners.of(config(Map.of("quarkus.http.test-port", "0")),
                LaunchMode.TEST);
        assertEquals("localhost", application.host());
        assertEquals(List.of(new Listener("HTTPS", "quarkus.http.test-ssl-port", "localhost", 8444)),
                application.listeners(), "no management interface unless enabled; port 0 is chosen at random");
    }

    @Test
    void noTcpListenerWhenTheHostIsDisabled() {
        assertEquals(List.of(), ApplicationListeners
                .of(config(Map.of("quarkus.http.host-enabled", "false")), LaunchMode.NORMAL).listeners());
    }

    @Test
    void hostsOverlapWhenOneServerWouldTakeTheOthersConnections() {
        assertTrue(ApplicationListeners.overlap("0.0.0.0", "127.0.0.2"));
        assertTrue(ApplicationListeners.overlap("10.0.0.1", "::"));
        assertTrue(ApplicationListeners.overlap("localhost", "127.0.0.1"));
        assertTrue(ApplicationListeners.overlap("::1", "LOCALHOST"));
        assertTrue(ApplicationListeners.overlap("127.0.0.2", "127.0.0.2"));
        assertFalse(ApplicationListeners.overlap("127.0.0.1", "127.0.0.2"));
        assertFalse(ApplicationListeners.overlap("localhost", "127.0.0.2"));
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
