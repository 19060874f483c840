package io.quarkiverse.telemetry.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (a native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
public class DemoBackendIT extends DemoBackendTest {
}
