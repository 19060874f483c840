package io.quarkiverse.telemetry.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/** What the tests' own processes on this machine (Prometheus servers, demo replicas) share: ports, readiness, stop. */
final class LoopbackProcesses {

    /** A check that may fail while the process is not yet listening. */
    interface Probe {
        boolean ready() throws IOException, InterruptedException;
    }

    /** Where a process's output goes, for failure messages. */
    interface Log {
        String read() throws IOException;
    }

    private LoopbackProcesses() {
    }

    /** A port nothing listens on at the time of the call. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits up to 60 seconds until the probe says ready; fails with the log if the process exits or never is. */
    static void awaitReady(Process process, String what, Probe probe, Log log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(what + " exited: " + log.read());
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (IOException notYetListening) {
                // retry
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " was not ready within 60 s: " + log.read());
    }

    /** Stops the process, forcibly after 20 seconds. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
