package io.quarkiverse.telemetry.test.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Bound instruments in a running application: bound and unbound adds from several threads to one counter series meet
 * in one Prometheus series while adds go on, and in the OTLP export that shutdown sends; a bound up-down counter and
 * histogram scrape as unbound ones; a plugin's attribute allow-list and cardinality limit apply to bound series; a
 * module's bound series carry its attribute; a disabled plugin's handles record nothing.
 */
public class BoundInstrumentsInQuarkusTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(BoundInstrumentsInQuarkusTest.class);

    private static final int THREADS = 2;
    private static final int ADDS = 50_000;
    /** Per thread: one bound add of 1 and one unbound add of 2 per round; then 5 bound adds after the last scrape. */
    private static final long TASKS = 3L * THREADS * ADDS + 5;

    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    private static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("template");
    private static final Attributes OK_REACT = Attributes.of(RESULT, "ok", TEMPLATE, "react-app");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.enabled", "true")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.cardinality-limit", "4")
            .overrideRuntimeConfigKey("telemetry.plugins.scaffolder.instruments.\"scaffolder.tasks\".attributes",
                    "result")
            .overrideRuntimeConfigKey("telemetry.plugins.search.enabled", "false")
            .setAfterUndeployListener(() -> {
                assertEquals(1, receiver.metrics().size(), "one final export in a 60s interval");
                Metric tasks = receiver.metrics().get(0).request().getResourceMetrics(0).getScopeMetricsList().stream()
                        .filter(scope -> scope.getScope().getName().equals("backstage-plugin-scaffolder"))
                        .flatMap(scope -> scope.getMetricsList().stream())
                        .filter(metric -> metric.getName().equals("scaffolder.tasks")).findFirst().orElseThrow();
                assertEquals(1, tasks.getSum().getDataPointsCount(), tasks::toString);
                NumberDataPoint point = tasks.getSum().getDataPoints(0);
                assertEquals(TASKS, point.getAsInt(), "the adds after the last scrape arrive with shutdown");
                assertEquals(List.of("result"), point.getAttributesList().stream().map(KeyValue::getKey).toList());
            });

    @Inject
    RootTelemetryService root;

    @Test
    void boundAndUnboundAddsMeetInOneSeriesInTheScrapeAndTheFinalExport() throws Exception {
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        LongCounter tasks = scaffolder.createCounter("scaffolder.tasks");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CompletableFuture<?>[] workers = new CompletableFuture<?>[THREADS];
            for (int t = 0; t < THREADS; t++) {
                workers[t] = CompletableFuture.runAsync(() -> {
                    BoundLongCounter succeeded = scaffolder.bind(tasks, OK_REACT);
                    for (int i = 0; i < ADDS; i++) {
                        succeeded.add(1);
                        tasks.add(2, OK_REACT);
                    }
                }, pool);
            }
            double previous = 0;
            while (!CompletableFuture.allOf(workers).isDone()) {
                double now = tasksInScrape();
                assertTrue(now >= previous, now + " after " + previous);
                previous = now;
            }
            CompletableFuture.allOf(workers).get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
        assertEquals(TASKS - 5, tasksInScrape());
        scaffolder.bind(tasks, OK_REACT).add(5);
        assertEquals(0, receiver.metrics().size(), "nothing exported before shutdown");
    }

    @Test
    void aBoundUpDownCounterAndHistogramScrapeAsUnboundOnes() {
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        LongUpDownCounter running = scaffolder.createUpDownCounter("scaffolder.tasks.running");
        DoubleHistogram duration = scaffolder.createHistogram("scaffolder.step.duration",
                MetricOptions.builder().unit("s").explicitBucketBoundaries(List.of(1.0, 10.0)).build());
        BoundLongUpDownCounter runningOk = scaffolder.bind(running, Attributes.of(RESULT, "ok"));
        BoundDoubleHistogram durationOk = scaffolder.bind(duration, Attributes.of(RESULT, "ok"));
        runningOk.add(3);
        runningOk.add(-1);
        running.add(-1, Attributes.of(RESULT, "ok"));
        durationOk.record(0.5);
        duration.record(5.0, Attributes.of(RESULT, "ok"));

        String scrape = Scrapes.scrape();
        String labels = "otel_scope_name=\"backstage-plugin-scaffolder\",result=\"ok\",";
        assertTrue(scrape.contains("scaffolder_tasks_running{" + labels + "} 1.0"), scrape);
        assertTrue(scrape.contains("scaffolder_step_duration_seconds_bucket{le=\"1.0\"," + labels + "} 1.0"), scrape);
        assertTrue(scrape.contains("scaffolder_step_duration_seconds_bucket{le=\"10.0\"," + labels + "} 2.0"), scrape);
        assertTrue(scrape.contains("scaffolder_step_duration_seconds_sum{" + labels + "} 5.5"), scrape);
    }

    @Test
    void boundSeriesBeyondThePluginsLimitAddUpInTheOverflowSeries() {
        TelemetryService catalog = root.forPlugin("catalog");
        LongCounter refreshes = catalog.createCounter("catalog.bound.refreshes");
        for (int i = 0; i < 10; i++) {
            catalog.bind(refreshes, Attributes.of(AttributeKey.stringKey("entity"), "component:e" + i)).add(1);
        }
        List<String> series = Scrapes.scrape().lines().filter(line -> line.startsWith("catalog_bound_refreshes_total{"))
                .toList();
        assertEquals(4, series.size(), series::toString);
        assertTrue(series.contains("catalog_bound_refreshes_total{otel_metric_overflow=\"true\","
                + "otel_scope_name=\"backstage-plugin-catalog\",} 7.0"), series::toString);
    }

    @Test
    void aModulesBoundSeriesCarriesTheModule() {
        TelemetryService github = root.forModule("kubernetes", "aws");
        LongCounter clusters = github.createCounter("kubernetes.clusters.seen");
        github.bind(clusters, Attributes.of(RESULT, "ok")).add(2);
        clusters.add(1, Attributes.of(RESULT, "ok"));
        assertTrue(Scrapes.scrape().contains("kubernetes_clusters_seen_total{backstage_plugin_module=\"aws\","
                + "otel_scope_name=\"backstage-plugin-kubernetes\",result=\"ok\",} 3.0"), Scrapes::scrape);
    }

    @Test
    void aDisabledPluginsHandlesRecordNothing() {
        TelemetryService search = root.forPlugin("search");
        search.bind(search.createCounter("search.queries"), Attributes.of(RESULT, "ok")).add(4);
        assertFalse(Scrapes.scrape().contains("search_queries"), Scrapes::scrape);
    }

    private static double tasksInScrape() {
        return Scrapes.scrape().lines()
                .filter(line -> line.startsWith("scaffolder_tasks_total{otel_scope_name=\"backstage-plugin-scaffolder\","
                        + "result=\"ok\",}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
