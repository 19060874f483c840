package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.plugins."<id>".*} limits an operator sets at run time: a plugin's cardinality limit, whose overflow
 * is one visible series; an instrument's bucket boundaries, replacing the code's; an instrument's attribute allow-list.
 */
public class PluginLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.cardinality-limit", "4")
            .overrideRuntimeConfigKey("telemetry.plugins.scaffolder.instruments.\"scaffolder.task.duration\".buckets",
                    "1,10")
            .overrideRuntimeConfigKey("telemetry.plugins.scaffolder.instruments.\"scaffolder.tasks\".attributes",
                    "result");

    private static final AttributeKey<String> ENTITY = AttributeKey.stringKey("entity");

    @Inject
    RootTelemetryService root;

    @Test
    void seriesBeyondThePluginsLimitAddUpInTheOverflowSeries() {
        LongCounter refreshes = root.forPlugin("catalog").createCounter("catalog.refreshes");
        for (int i = 0; i < 10; i++) {
            refreshes.add(1, Attributes.of(ENTITY, "component:e" + i));
        }

        List<String> series = Scrapes.scrape().lines().filter(line -> line.startsWith("catalog_refreshes_total{"))
                .toList();
        assertEquals(4, series.size(), series::toString);
        // OpenTelemetry keeps limit - 1 series of their own and adds up the rest in one.
        assertTrue(series.contains("catalog_refreshes_total{otel_metric_overflow=\"true\","
                + "otel_scope_name=\"backstage-plugin-catalog\",} 7.0"), series::toString);
    }

    @Test
    void configuredBucketsReplaceTheCodesAndOnlyAllowedAttributesRemain() {
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        scaffolder.createHistogram("scaffolder.task.duration", MetricOptions.builder().unit("s")
                .explicitBucketBoundaries(List.of(0.5, 2.0)).build()).record(3);
        scaffolder.createCounter("scaffolder.tasks").add(1, Attributes.of(AttributeKey.stringKey("result"), "ok",
                AttributeKey.stringKey("template"), "react-app"));

        String scrape = Scrapes.scrape();
        List<String> buckets = scrape.lines().filter(line -> line.startsWith("scaffolder_task_duration_seconds_bucket"))
                .toList();
        assertEquals(List.of(
                "scaffolder_task_duration_seconds_bucket{le=\"1.0\",otel_scope_name=\"backstage-plugin-scaffolder\",} 0.0",
                "scaffolder_task_duration_seconds_bucket{le=\"10.0\",otel_scope_name=\"backstage-plugin-scaffolder\",} 1.0",
                "scaffolder_task_duration_seconds_bucket{le=\"+Inf\",otel_scope_name=\"backstage-plugin-scaffolder\",} 1.0"),
                buckets);
        assertTrue(scrape.contains(
                "scaffolder_tasks_total{otel_scope_name=\"backstage-plugin-scaffolder\",result=\"ok\",} 1.0"), scrape);
    }
}
