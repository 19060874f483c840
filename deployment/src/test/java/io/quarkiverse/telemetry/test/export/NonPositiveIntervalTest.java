package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** An export interval of zero or less fails start-up, in either spelling. */
public class NonPositiveIntervalTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "0s")
            .overrideConfigKey("telemetry.metrics.exporters.logging.enabled", "true")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.collection.export-interval=0s: the export interval must be positive, such as 60s (or 60000 in milliseconds)"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
