package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** The export interval in milliseconds is range-checked too: Long.MAX_VALUE used to overflow without the key. */
public class HugeIntervalMillisTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.collection.export-interval-millis", String.valueOf(Long.MAX_VALUE))
            .overrideConfigKey("telemetry.metrics.exporters.logging.enabled", "true")
            .assertException(Failures.failsWith("telemetry.metrics.collection.export-interval-millis="
                    + Long.MAX_VALUE + ": the export interval must be at most 86400000 (1d), such as 60000"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
