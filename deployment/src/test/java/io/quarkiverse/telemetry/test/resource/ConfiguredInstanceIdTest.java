package io.quarkiverse.telemetry.test.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/** {@code telemetry.resource.instance-id} names the instance, a pod's name from the environment for example. */
public class ConfiguredInstanceIdTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(ConfiguredInstanceIdTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = InstanceIds.pushingTo(receiver)
            .overrideConfigKey("telemetry.resource.instance-id", "${TEST_POD_NAME:backstage-7f9c-2}");

    @Inject
    RootTelemetryService root;

    @Test
    void theConfiguredIdShownEverywhere() {
        assertEquals("backstage-7f9c-2", InstanceIds.same(InstanceIds.shown(root, receiver)));
    }
}
