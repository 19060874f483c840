package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * User-info in an OTLP endpoint fails start-up with a message that says to use headers, and no part of it is shown,
 * also when the endpoint has another problem: it used to be echoed in the error, and at run time silently not sent.
 */
public class EndpointUserInfoTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://alice:s3cr3t@127.0.0.1:99999")
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", "https://t0ken@collector.example.com:4317")
            .overrideConfigKey("telemetry.tracing.exporters.\"otlp/broken\".endpoint", "http://bob:pa55@")
            .assertException(failure -> {
                Failures.failsWith(
                        "telemetry.metrics.exporters.otlp.endpoint=http://***@127.0.0.1:99999: port 99999 is out of range",
                        "telemetry.tracing.exporters.otlp.endpoint=https://***@collector.example.com:4317: user-info in"
                                + " an endpoint is never sent; put the credentials in a header, such as"
                                + " telemetry.tracing.exporters.otlp.headers.authorization",
                        "telemetry.tracing.exporters.\"otlp/broken\".endpoint=http://***@: not an http or https URL")
                        .accept(failure);
                String message = Failures.messageOf(failure);
                for (String secret : new String[] { "alice", "s3cr3t", "t0ken", "bob", "pa55" }) {
                    assertFalse(message.contains(secret), secret + " shown in: " + message);
                }
            });

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
