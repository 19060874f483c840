package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.metrics.enabled=false} and {@code telemetry.tracing.enabled=false} at run time: plugin metrics are
 * not served and spans are not sampled, while Micrometer's own meters are still scraped.
 */
public class SignalsDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideRuntimeConfigKey("telemetry.metrics.enabled", "false")
            .overrideRuntimeConfigKey("telemetry.tracing.enabled", "false");

    @Inject
    RootTelemetryService root;

    @Test
    void pluginMetricsAndSpansAreOff() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        Span span = root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan();
        assertFalse(span.getSpanContext().isSampled());
        span.end();
        Span other = root.getOpenTelemetry().getTracer("any").spanBuilder("other").startSpan();
        assertFalse(other.getSpanContext().isSampled(), "no span is sampled");

        String scrape = Scrapes.scrape();
        assertFalse(scrape.contains("catalog_refreshes"), scrape);
        assertTrue(scrape.contains("# TYPE jvm_memory_used_bytes gauge"), "Micrometer's meters are still served");
    }
}
