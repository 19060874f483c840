package io.quarkiverse.telemetry.internal.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what an application does in the background: exports, spans that end after a response. */
public final class Eventually {

    private Eventually() {
    }

    /** Waits up to the given time for the condition, else fails naming what was awaited. */
    public static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
