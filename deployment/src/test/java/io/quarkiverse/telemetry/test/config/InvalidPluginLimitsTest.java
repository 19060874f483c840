package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** Per-plugin limits that cannot work fail start-up, each named with what is allowed. */
public class InvalidPluginLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.plugins.catalog.cardinality-limit", "0")
            .overrideConfigKey("telemetry.plugins.catalog.instruments.\"catalog.duration\".buckets", "5,1")
            .overrideConfigKey("telemetry.plugins.scaffolder.cardinality-limit", "100")
            .overrideConfigKey("telemetry.plugins.scaffolder.instruments.\"scaffolder.tasks\".attributes", "result")
            .assertException(Failures.failsWith(
                    "telemetry.plugins.catalog.cardinality-limit=0: the limit must be at least 1, such as 2000",
                    "telemetry.plugins.catalog.instruments.\"catalog.duration\".buckets=[5.0, 1.0]: Invalid bucket"
                            + " boundaries [5.0, 1.0]: they must be strictly increasing, but 1.0 at index 1 follows 5.0",
                    "telemetry.plugins.scaffolder.cardinality-limit and telemetry.plugins.scaffolder.instruments."
                            + "\"scaffolder.tasks\".attributes are both set"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
