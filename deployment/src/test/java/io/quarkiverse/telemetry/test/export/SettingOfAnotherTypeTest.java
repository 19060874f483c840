package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A setting of another exporter type, or of a listener without its port, is a mistake, not silently ignored (a
 * {@code config.*} key no built-in type has: {@link ExporterConfigSectionTwiceTest}).
 */
public class SettingOfAnotherTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.port", "9464")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.endpoint", "http://localhost:4317")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.path", "/metrics")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.otlp.port is set, but port applies to prometheus exporters only and this one is of type otlp",
                    "telemetry.metrics.exporters.prometheus.endpoint is set, but endpoint applies to otlp exporters only and this one is of type prometheus",
                    "telemetry.metrics.exporters.prometheus.path is set without telemetry.metrics.exporters.prometheus.port:"
                            + " path applies to a listener of its own; without a port the metrics are served at /q/metrics"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
