package io.quarkiverse.telemetry.it;

import java.io.IOException;

import org.junit.jupiter.api.Assumptions;

/** Debian's {@code prometheus} package: {@code promtool} and the Prometheus server, which {@code .ci/run} installs. */
final class PrometheusPackage {

    private PrometheusPackage() {
    }

    /**
     * Starts one of the package's programs. A missing program fails the test under CI ({@code CI=true}) and skips it
     * elsewhere, so that the README's test command also works where the package is not installed.
     */
    static Process start(ProcessBuilder command) throws IOException {
        try {
            return command.start();
        } catch (IOException notInstalled) {
            String program = command.command().get(0);
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(program + " is not installed: .ci/run must install Debian's prometheus package",
                        notInstalled);
            }
            Assumptions.abort(program + " is not installed (apt-get install prometheus); skipped outside CI");
            throw notInstalled;
        }
    }
}
