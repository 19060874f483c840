package io.quarkiverse.telemetry.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;

/**
 * Where the application itself listens, from its configuration: HTTP, HTTPS and, when enabled, the management
 * interface. A listener of this extension must not share one of these ports: Vert.x lets two servers of one instance
 * listen on the same port and splits the connections between them, so business requests and health probes would get
 * the other server's 404s. The HTTPS port is reserved even when TLS is off, so that turning it on never finds it taken.
 *
 * @param host the address the application's HTTP server binds ({@code quarkus.http.host}), which a Prometheus
 *        listener binds unless its {@code host} says otherwise
 * @param listeners the application's listeners with a fixed port (a port of 0 is chosen at random and cannot clash)
 */
public record ApplicationListeners(String host, List<Listener> listeners) {

    /**
     * One listener of the application.
     *
     * @param what what it serves, such as {@code HTTP}
     * @param key the key its port is set with in the running launch mode, such as {@code quarkus.http.port}
     * @param host the address it binds
     * @param port its port
     */
    public record Listener(String what, String key, String host, int port) {
    }

    private static final Set<String> EVERY_INTERFACE = Set.of("0.0.0.0", "::", "[::]", "*");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** The application's listeners as the configuration of the running launch mode sets them. */
    public static ApplicationListeners of(Config config, LaunchMode mode) {
        boolean test = mode == LaunchMode.TEST;
        String defaultHost = mode.isDevOrTest() ? "localhost" : "0.0.0.0";
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse(defaultHost);
        List<Listener> listeners = new ArrayList<>();
        if (config.getOptionalValue("quarkus.http.host-enabled", Boolean.class).orElse(true)) {
            add(listeners, config, "HTTP", test ? "quarkus.http.test-port" : "quarkus.http.port", host,
                    test ? 8081 : 8080);
            add(listeners, config, "HTTPS", test ? "quarkus.http.test-ssl-port" : "quarkus.http.ssl-port", host,
                    test ? 8444 : 8443);
        }
        if (config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            add(listeners, config, "management interface",
                    test ? "quarkus.management.test-port" : "quarkus.management.port",
                    config.getOptionalValue("quarkus.management.host", String.class).orElse(defaultHost),
                    test ? 9001 : 9000);
        }
        return new ApplicationListeners(host, List.copyOf(listeners));
    }

    private static void add(List<Listener> listeners, Config config, String what, String key, String host,
            int defaultPort) {
        int port = config.getOptionalValue(key, Integer.class).orElse(defaultPort);
        if (port > 0) {
            listeners.add(new Listener(what, key, host, port));
        }
    }

    /**
     * Whether two listeners on one port would take each other's connections: the same address, either bound to every
     * interface, or {@code localhost} and a loopback address ({@code 127.0.0.1}, {@code ::1}).
     */
    public static boolean overlap(String host, String other) {
        return host.equalsIgnoreCase(other) || EVERY_INTERFACE.contains(host) || EVERY_INTERFACE.contains(other)
                || localhostAndLoopback(host, other) || localhostAndLoopback(other, host);
    }

    private static boolean localhostAndLoopback(String host, String other) {
        return "localhost".equalsIgnoreCase(host) && LOOPBACK.contains(other.toLowerCase(Locale.ROOT));
    }
}
