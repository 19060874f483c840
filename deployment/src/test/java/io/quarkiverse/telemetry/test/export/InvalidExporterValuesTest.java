package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Values that used to start and then fail every export, or fail start-up with a stack trace that named no key: an
 * endpoint port out of range, a header value with a line break (a token read from a file), a header name that is no
 * HTTP token, an export interval of a millisecond. All are named at once, by key, and no header value is shown.
 */
public class InvalidExporterValuesTest {

    static final String SECRET = "S3CRET";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:99999")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.headers.\"x auth\"", "token")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", "http://127.0.0.1:4317")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.headers.authorization", "Bearer " + SECRET + "\n")
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "1ms")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.otlp.endpoint=http://127.0.0.1:99999: port 99999 is out of range;"
                            + " a port must be from 1 to 65535",
                    "telemetry.metrics.exporters.otlp.headers.\"x auth\": 'x auth' is not an HTTP header name",
                    "telemetry.tracing.exporters.otlp.headers.authorization: the value is not an HTTP header value",
                    "the value is not shown",
                    "telemetry.metrics.collection.export-interval=1ms: the export interval must be at least 100ms")
                    .andThen(failure -> assertFalse(Failures.messageOf(failure).contains(SECRET),
                            "credentials must stay out of error messages")));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
