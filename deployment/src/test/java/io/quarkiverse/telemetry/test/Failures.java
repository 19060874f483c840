package io.quarkiverse.telemetry.test;

/** Reads the message of a failed build or start-up, whatever wrapped it. */
final class Failures {

    private Failures() {
    }

    /** The messages of the exception and all its causes, one per line. */
    static String messageOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
