package io.quarkiverse.telemetry.test.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/** An id already given through quarkus-opentelemetry's {@code quarkus.otel.resource.attributes} is kept. */
public class QuarkusInstanceIdTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(QuarkusInstanceIdTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = InstanceIds.pushingTo(receiver)
            .overrideConfigKey("quarkus.otel.resource.attributes", "service.instance.id=from-quarkus,team=portal");

    @Inject
    RootTelemetryService root;

    @Test
    void quarkusOwnIdIsKept() {
        assertEquals("from-quarkus", InstanceIds.same(InstanceIds.shown(root, receiver)));
    }
}
