package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** A contributed exporter that lacks a setting it requires fails start-up naming the key. */
public class ContributedExporterFailureTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ExporterProviderTest.CaptureProvider.class))
            .overrideConfigKey("telemetry.metrics.exporters.audit.type", "capture")
            .assertException(Failures.failsWith("Exporter telemetry.metrics.exporters.audit (capture) cannot start:"
                    + " telemetry.metrics.exporters.audit.config.label is not set: this exporter requires it"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
