package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Two plugins creating the same metric give one family (one {@code # TYPE} line) whose series differ by
 * {@code otel_scope_name} (Backstage issue 33741). The demo backend's test runs promtool on such a scrape.
 */
public class SameNameInTwoPluginsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class));

    @Inject
    RootTelemetryService root;

    @Test
    void oneFamilyWithTwoScopes() {
        MetricOptions seconds = MetricOptions.builder().description("Processing time").unit("s")
                .explicitBucketBoundaries(List.of(0.1, 1.0)).build();
        for (String plugin : List.of("catalog", "scaffolder")) {
            TelemetryService telemetry = root.forPlugin(plugin);
            telemetry.createCounter("processed.count", MetricOptions.builder().description("Processed").build())
                    .add(plugin.length(), Attributes.of(AttributeKey.stringKey("result"), "ok"));
            telemetry.createHistogram("processing.duration", seconds).record(0.5);
        }

        String scrape = Scrapes.scrape();

        assertEquals(1, lines(scrape, "# TYPE processed_count_total counter"), scrape);
        assertEquals(1, lines(scrape, "# TYPE processing_duration_seconds histogram"), scrape);
        assertTrue(scrape.contains(
                "processed_count_total{otel_scope_name=\"backstage-plugin-catalog\",result=\"ok\",} 7.0"), scrape);
        assertTrue(scrape.contains(
                "processed_count_total{otel_scope_name=\"backstage-plugin-scaffolder\",result=\"ok\",} 10.0"), scrape);
        assertTrue(scrape.contains(
                "processing_duration_seconds_count{otel_scope_name=\"backstage-plugin-scaffolder\",} 1.0"), scrape);
    }

    private static long lines(String text, String line) {
        return text.lines().filter(line::equals).count();
    }
}
