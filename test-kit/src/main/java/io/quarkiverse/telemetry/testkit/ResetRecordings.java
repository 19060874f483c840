package io.quarkiverse.telemetry.testkit;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Resets {@link RecordedMetrics} and {@link RecordedSpans} before each {@code @QuarkusTest} method, so readings concern
 * that test only.
 */
public class ResetRecordings implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        var metrics = Arc.container().instance(RecordedMetrics.class);
        if (metrics.isAvailable()) {
            metrics.get().reset();
        }
        var spans = Arc.container().instance(RecordedSpans.class);
        if (spans.isAvailable()) {
            spans.get().reset();
        }
    }
}
