package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/** An OTLP protocol other than grpc or http/protobuf fails start-up. */
public class UnknownProtocolTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.tracing.exporters.otlp.protocol", "http/json")
            .assertException(Failures.failsWith(
                    "telemetry.tracing.exporters.otlp.protocol=http/json: unknown OTLP protocol; allowed: grpc, http/protobuf"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
