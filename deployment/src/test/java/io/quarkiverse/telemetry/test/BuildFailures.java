package io.quarkiverse.telemetry.test;

/** Reads the message of a failed build, whatever wrapped it. */
final class BuildFailures {

    private BuildFailures() {
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
