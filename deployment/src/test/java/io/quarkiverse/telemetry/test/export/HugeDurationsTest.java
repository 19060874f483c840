package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Durations too long for the arithmetic behind them fail start-up naming the key and the largest value allowed, all at
 * once: an export interval of 106752 days used to end in a 43-line {@code ArithmeticException: long overflow}
 * without the key.
 */
public class HugeDurationsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "106752d")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:4317")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.timeout", "9999999999d")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", "http://127.0.0.1:4317")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.timeout", "106752d")
            .assertException(failure -> {
                Failures.failsWith(
                        "telemetry.metrics.collection.export-interval=106752d: the export interval must be at most 1d,"
                                + " such as 60s",
                        "telemetry.metrics.exporters.otlp.timeout=9999999999d: the timeout must be at most 1h,"
                                + " such as 10s",
                        "telemetry.tracing.exporters.otlp.timeout=106752d: the timeout must be at most 1h, such as 10s")
                        .accept(failure);
                assertFalse(Failures.messageOf(failure).contains("ArithmeticException"), Failures.messageOf(failure));
            });

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
