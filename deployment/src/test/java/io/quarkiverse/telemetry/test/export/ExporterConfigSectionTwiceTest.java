package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A built-in exporter's setting given both flat and in the proposal's {@code config} section fails start-up naming
 * both keys, even with the same value; a {@code config} key that no built-in type has is refused, naming those there
 * are.
 */
public class ExporterConfigSectionTwiceTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", "9464")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.config.port", "9465")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.timeout", "5s")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.config.timeout", "5s")
            .overrideConfigKey("telemetry.tracing.exporters.logging.config.file", "spans.log")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.prometheus.port and telemetry.metrics.exporters.prometheus.config.port"
                            + " are both set: config.port is the Backstage proposal's spelling of port; keep one",
                    "telemetry.tracing.exporters.otlp.timeout and telemetry.tracing.exporters.otlp.config.timeout are"
                            + " both set",
                    "telemetry.tracing.exporters.logging.config.file is set, but logging is built in and has no setting"
                            + " 'file': config.* takes its own settings (port, host, path, endpoint, protocol, timeout,"
                            + " compression, headers.<name>) and those of exporter types of other modules"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
