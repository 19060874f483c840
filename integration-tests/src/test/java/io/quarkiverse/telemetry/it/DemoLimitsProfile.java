package io.quarkiverse.telemetry.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The demo with small limits, to see them act within a test: finished tasks kept 1 s, 3 values per deprecated tag. */
public class DemoLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("scaffolder.tasks.retention", "1s", "backstage.metrics.deprecated.max-tag-values", "3");
    }
}
