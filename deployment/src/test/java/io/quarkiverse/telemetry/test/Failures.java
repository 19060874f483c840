package io.quarkiverse.telemetry.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

/** Reads the message of a failed build or start-up, whatever wrapped it. */
public final class Failures {

    private Failures() {
    }

    /** The messages of the exception and all its causes, one per line. */
    public static String messageOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    /** Asserts that the failure says each of the given lines. */
    public static Consumer<Throwable> failsWith(String... lines) {
        return failure -> {
            String message = messageOf(failure);
            for (String line : lines) {
                assertTrue(message.contains(line), "expected <" + line + "> in:\n" + message);
            }
        };
    }
}
