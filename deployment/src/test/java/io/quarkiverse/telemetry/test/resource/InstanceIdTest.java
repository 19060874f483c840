package io.quarkiverse.telemetry.test.resource;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With nothing configured, each start names its instance with a random UUID, the same in the OTLP exports of metrics
 * and spans and in the scrape's {@code target_info}, so that a scraped series joins its resource.
 */
public class InstanceIdTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(InstanceIdTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = InstanceIds.pushingTo(receiver);

    @Inject
    RootTelemetryService root;

    @Test
    void aRandomUuidShownEverywhere() {
        String id = InstanceIds.same(InstanceIds.shown(root, receiver));
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
    }
}
