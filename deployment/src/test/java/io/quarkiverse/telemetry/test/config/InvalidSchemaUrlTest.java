package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** A plugin's meter or tracer given a schema URL OpenTelemetry cannot use fails start-up, each key named. */
public class InvalidSchemaUrlTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.meter.schema-url", "schemas/1.37.0")
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.tracer.schema-url", "ftp://example.com/schemas/1.0")
            .assertException(Failures.failsWith(
                    "telemetry.plugins.catalog.meter.schema-url=schemas/1.37.0: a schema URL must be an absolute http"
                            + " or https URL, such as https://opentelemetry.io/schemas/1.37.0",
                    "telemetry.plugins.catalog.tracer.schema-url=ftp://example.com/schemas/1.0: a schema URL must be"
                            + " an absolute http or https URL"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
