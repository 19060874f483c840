package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricExporter;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.spi.MetricView;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Application beans of the SDK's types join the SDK without wiring: a metric reader, a metric exporter (exported every
 * interval), a span exporter (batched) and a view; the default scrape stays.
 */
public class CdiContributionsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, Contributions.class))
            .overrideRuntimeConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideRuntimeConfigKey("quarkus.otel.bsp.schedule.delay", "100ms");

    @Inject
    RootTelemetryService root;

    @Inject
    InMemoryMetricReader reader;

    @Inject
    InMemoryMetricExporter metricExporter;

    @Inject
    InMemorySpanExporter spanExporter;

    @Test
    void beansOfTheSdksTypesAreUsed() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(2);
        root.forPlugin("catalog").startActiveSpan("catalog.refresh", span -> null);

        MetricData renamed = named(reader.collectAllMetrics(), "catalog.refresh.count");
        assertEquals("backstage-plugin-catalog", renamed.getInstrumentationScopeInfo().getName());
        assertEquals(2, renamed.getLongSumData().getPoints().iterator().next().getValue());
        Eventually.await(Duration.ofSeconds(10), () -> metricExporter.getFinishedMetricItems().stream()
                .anyMatch(metric -> metric.getName().equals("catalog.refresh.count")), "an export of the counter");
        Eventually.await(Duration.ofSeconds(10), () -> spanExporter.getFinishedSpanItems().stream()
                .anyMatch(span -> span.getName().equals("catalog.refresh")), "an export of the span");
        String scrape = Scrapes.scrape();
        assertTrue(scrape.contains("catalog_refresh_count_total{otel_scope_name=\"backstage-plugin-catalog\",} 2.0"),
                scrape);
        assertFalse(scrape.contains("catalog_refreshes"), scrape);
    }

    private static MetricData named(java.util.Collection<MetricData> metrics, String name) {
        return metrics.stream().filter(metric -> metric.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No metric " + name + " in " + metrics));
    }

    @Singleton
    public static class Contributions {

        @Produces
        @Singleton
        InMemoryMetricReader reader() {
            return InMemoryMetricReader.create();
        }

        @Produces
        @Singleton
        InMemoryMetricExporter metricExporter() {
            return InMemoryMetricExporter.create();
        }

        @Produces
        @Singleton
        InMemorySpanExporter spanExporter() {
            return InMemorySpanExporter.create();
        }

        @Produces
        @Singleton
        MetricView rename() {
            return new MetricView(InstrumentSelector.builder().setName("catalog.refreshes").build(),
                    View.builder().setName("catalog.refresh.count").build());
        }
    }
}
