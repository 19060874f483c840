package io.quarkiverse.telemetry.test.prometheus;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** Two Prometheus exporters on one port, or two served at /q/metrics, fail start-up. */
public class SharedPortTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/a\".port", "9464")
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/b\".port", "9464")
            .overrideConfigKey("telemetry.metrics.exporters.scrape.type", "prometheus")
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/again\".enabled", "true")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.\"prometheus/a\" and telemetry.metrics.exporters.\"prometheus/b\" are both on port 9464: give each Prometheus exporter a port of its own",
                    "telemetry.metrics.exporters.\"prometheus/again\" and telemetry.metrics.exporters.scrape are both served at /q/metrics (no port): keep one, or give the others a port"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
