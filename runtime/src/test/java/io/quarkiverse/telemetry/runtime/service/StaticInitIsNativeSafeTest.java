package io.quarkiverse.telemetry.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.runtime.RuntimeValue;

/**
 * Runs everything this extension does at static init (the {@link TelemetryServiceRecorder} calls), plus creating and
 * using every kind of instrument as another extension's static init may, under a guard that fails on what breaks a
 * native image's static init: starting a thread, opening or connecting a socket, reading configuration.
 */
class StaticInitIsNativeSafeTest {

    @Test
    void staticInitStartsNoThreadOpensNoSocketAndReadsNoConfig() {
        List<String> violations = new ArrayList<>();
        runGuarded(violations::add, () -> {
            TelemetryServiceRecorder recorder = new TelemetryServiceRecorder();
            RuntimeValue<RootTelemetryService> root = recorder.createRoot();
            recorder.pluginService("catalog", "");
            TelemetryService catalog = root.getValue().forPlugin("catalog");
            useEveryInstrumentKind(root.getValue());
            useEveryInstrumentKind(catalog);
            useEveryInstrumentKind(root.getValue().forModule("catalog", "github"));
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void theGuardCatchesWhatItGuardsAgainst() {
        List<String> violations = new ArrayList<>();
        runGuarded(violations::add, () -> {
            new Thread(() -> {
            }).start();
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", 9));
            } catch (Exception expected) {
                // refused by the guard or by the port: either way the attempt was seen
            }
            try {
                ConfigProviderResolver.instance().getConfig();
            } catch (IllegalStateException expected) {
                // the guard refuses it
            }
        });
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("thread")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("socket")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("config")), violations.toString());
    }

    private static void useEveryInstrumentKind(TelemetryService service) {
        MetricOptions seconds = MetricOptions.builder().unit("s").explicitBucketBoundaries(List.of(0.1, 1.0)).build();
        var counter = service.createCounter("a.counter");
        counter.add(1, Attributes.empty());
        service.bind(counter, Attributes.empty()).add(1);
        var upDown = service.createUpDownCounter("a.updown");
        upDown.add(-1);
        service.bind(upDown, Attributes.empty()).add(-1);
        var histogram = service.createHistogram("a.histogram", seconds);
        histogram.record(0.5);
        service.bind(histogram, Attributes.empty()).record(0.5);
        service.createGauge("a.gauge").set(2);
        service.createObservableCounter("an.observable.counter", m -> m.record(1));
        service.createObservableUpDownCounter("an.observable.updown", MetricOptions.NONE, m -> m.record(1));
        service.createObservableGauge("an.observable.gauge", m -> m.record(1));
        Meter meter = service.getMeter();
        var doubleCounter = meter.counterBuilder("a.double.counter").ofDoubles().build();
        doubleCounter.add(0.5);
        service.bind(doubleCounter, Attributes.empty()).add(0.5);
        var observer = meter.gaugeBuilder("a.batch.gauge").buildObserver();
        meter.batchCallback(() -> observer.record(1.0), observer);
        service.getTracer().spanBuilder("static-init").startSpan().end();
    }

    /**
     * Quarkus sets up logging before any extension's static init; here the first log record would initialise the log
     * manager (a host name lookup, a process-info thread) inside the guard, so it is done before.
     */
    @org.junit.jupiter.api.BeforeAll
    static void setUpLoggingLikeQuarkusDoesFirst() {
        org.jboss.logging.Logger.getLogger(StaticInitIsNativeSafeTest.class).debug("log manager initialised");
    }

    @SuppressWarnings("removal")
    private static void runGuarded(Consumer<String> violations, Runnable staticInit) {
        ConfigProviderResolver previousResolver = currentResolverOrNull();
        ConfigProviderResolver.setInstance(new RefusingConfigResolver(violations));
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        SecurityManager previous = System.getSecurityManager();
        try {
            System.setSecurityManager(new StaticInitGuard(violations, Thread.currentThread()));
        } catch (UnsupportedOperationException removedFromThisJdk) {
            ConfigProviderResolver.setInstance(previousResolver);
            org.junit.jupiter.api.Assumptions.abort("this JDK has no SecurityManager; the guard runs on Java 17 to 23");
        }
        try {
            staticInit.run();
        } finally {
            System.setSecurityManager(previous);
            ConfigProviderResolver.setInstance(previousResolver);
        }
        // threads started indirectly (by an executor the guarded code created) are still alive; the JDK's own live
        // in the "system" group
        Thread.getAllStackTraces().keySet().stream().filter(t -> !threadsBefore.contains(t))
                .filter(t -> t.getThreadGroup() != null && !"system".equals(t.getThreadGroup().getName()))
                .forEach(t -> violations.accept("thread alive after static init: " + t.getName()));
    }

    private static ConfigProviderResolver currentResolverOrNull() {
        try {
            return ConfigProviderResolver.instance();
        } catch (RuntimeException noResolver) {
            return null;
        }
    }

    /** Fails thread creation and socket use by the guarded thread. */
    @SuppressWarnings("removal")
    private static final class StaticInitGuard extends SecurityManager {
        private final Consumer<String> violations;
        private final Thread guarded;

        StaticInitGuard(Consumer<String> violations, Thread guarded) {
            this.violations = violations;
            this.guarded = guarded;
        }

        @Override
        public void checkPermission(Permission permission) {
            if (Thread.currentThread() == guarded && permission instanceof java.net.SocketPermission socket) {
                violations.accept("socket " + socket.getActions() + " " + socket.getName() + " at " + caller());
                throw new SecurityException("static init must not open sockets");
            }
        }

        /** The frames of the code that asked, without the guard's and the JDK's own. */
        private static String caller() {
            return java.util.Arrays.stream(new Throwable().getStackTrace())
                    .map(StackTraceElement::toString)
                    .filter(frame -> !frame.startsWith("java.") && !frame.startsWith("jdk.") && !frame.startsWith("sun.")
                            && !frame.contains("StaticInitGuard"))
                    .limit(6).toList().toString();
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }

        @Override
        public void checkAccess(ThreadGroup group) {
            if (Thread.currentThread() == guarded) {
                violations.accept("thread created in " + group.getName() + " at " + caller());
            }
        }
    }

    /** A configuration resolver that refuses every read. */
    private static final class RefusingConfigResolver extends ConfigProviderResolver {
        private final Consumer<String> violations;

        RefusingConfigResolver(Consumer<String> violations) {
            this.violations = violations;
        }

        private IllegalStateException refuse() {
            violations.accept("config read");
            return new IllegalStateException("static init must not read configuration");
        }

        @Override
        public Config getConfig() {
            throw refuse();
        }

        @Override
        public Config getConfig(ClassLoader loader) {
            throw refuse();
        }

        @Override
        public ConfigBuilder getBuilder() {
            throw refuse();
        }

        @Override
        public void registerConfig(Config config, ClassLoader classLoader) {
            throw refuse();
        }

        @Override
        public void releaseConfig(Config config) {
        }
    }
}
