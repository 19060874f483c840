package io.quarkiverse.telemetry.test.export.faults;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/** An OTLP/gRPC collector that answers 429, resets, stalls and recovers: see {@link CollectorFaults}. */
public class GrpcCollectorFaultsTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(GrpcCollectorFaultsTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = CollectorFaults.app(receiver, "grpc");

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Test
    void faultsAreCountedWarnedOfOnceAndLoseNothing() {
        CollectorFaults.misbehaveAndRecover(receiver, telemetry, 429);
    }
}
