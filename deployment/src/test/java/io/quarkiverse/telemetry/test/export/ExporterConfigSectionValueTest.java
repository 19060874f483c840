package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** A value in the proposal's {@code config} section that cannot be converted fails start-up naming the key as set. */
public class ExporterConfigSectionValueTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.config.port", "nine")
            .assertException(Failures.failsWith("The config property telemetry.metrics.exporters.prometheus.config.port"
                    + " with the config value \"nine\" threw an Exception whilst being converted"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
