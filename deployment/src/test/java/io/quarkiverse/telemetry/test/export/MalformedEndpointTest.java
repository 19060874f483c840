package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** An OTLP endpoint that is not an http(s) URL fails start-up; the exporter's headers stay out of the message. */
public class MalformedEndpointTest {

    static final String SECRET = "Bearer s3cr3t-t0ken";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "localhost:4317")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.headers.authorization", SECRET)
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", "http://")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.headers.authorization", SECRET)
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.otlp.endpoint=localhost:4317: not an http or https URL with a host,"
                            + " such as http://localhost:4317 (grpc) or http://localhost:4318 (http/protobuf)",
                    "telemetry.tracing.exporters.otlp.endpoint=http://: not an http or https URL with a host")
                    .andThen(failure -> assertFalse(Failures.messageOf(failure).contains("s3cr3t"),
                            "credentials must stay out of error messages")));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
