package io.quarkiverse.telemetry.test;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/** A setting of another exporter type is a mistake, not silently ignored. */
public class SettingOfAnotherTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.port", "9464")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.endpoint", "http://localhost:4317")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.otlp.port is set, but port applies to prometheus exporters only and this one is of type otlp",
                    "telemetry.metrics.exporters.prometheus.endpoint is set, but endpoint applies to otlp exporters only and this one is of type prometheus"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
