package io.quarkiverse.telemetry.test.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** A Prometheus port outside 1-65535 fails start-up. */
public class PortOutOfRangeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", "70000")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.prometheus.port=70000: a port must be from 1 to 65535"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
