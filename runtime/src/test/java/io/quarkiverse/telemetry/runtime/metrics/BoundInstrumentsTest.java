package io.quarkiverse.telemetry.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.service.DefaultRootTelemetryService;

/**
 * Bound counters against the real SDK: bound and unbound adds to one series sum exactly in every export of every
 * reader, cumulative and delta, however collections and adds interleave; what is bound before the SDK starts, and what
 * is left at shutdown, is delivered; zero, negative and contextual adds behave as unbound ones.
 */
class BoundInstrumentsTest {

    private static final Attributes OK = Attributes.of(AttributeKey.stringKey("result"), "ok",
            AttributeKey.stringKey("kind"), "Component");

    private final InMemoryMetricReader cumulative = InMemoryMetricReader.create();
    private final InMemoryMetricReader delta = InMemoryMetricReader.createDelta();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(cumulative).registerMetricReader(delta)
                    .build())
            .setTracerProvider(SdkTracerProvider.builder().build())
            .build();
    private final DefaultRootTelemetryService root = new DefaultRootTelemetryService();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void concurrentBoundAndUnboundAddsSumExactlyInEveryExportOfEveryReader() throws Exception {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        LongCounter counter = catalog.createCounter("catalog.entities.processed");
        DoubleCounter bytes = catalog.getMeter().counterBuilder("catalog.bytes").ofDoubles().build();
        int threads = 4;
        int adds = 200_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                BoundLongCounter bound = catalog.bind(counter, OK);
                BoundDoubleCounter boundBytes = catalog.bind(bytes, OK);
                start.await();
                for (int i = 0; i < adds; i++) {
                    bound.add(1);
                    counter.add(2, OK);
                    boundBytes.add(0.5);
                    bytes.add(0.25, OK);
                }
                return null;
            }));
        }
        List<Long> cumulativeTotals = new ArrayList<>();
        long deltaTotal = 0;
        double deltaBytes = 0;
        start.countDown();
        while (!workers.stream().allMatch(Future::isDone)) {
            cumulativeTotals.add(longValue(cumulative.collectAllMetrics(), "catalog.entities.processed"));
            deltaTotal += longValue(delta.collectAllMetrics(), "catalog.entities.processed");
        }
        for (Future<?> worker : workers) {
            worker.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Collection<MetricData> lastDelta = delta.collectAllMetrics();
        deltaTotal += longValue(lastDelta, "catalog.entities.processed");
        Collection<MetricData> lastCumulative = cumulative.collectAllMetrics();

        long expected = 3L * threads * adds;
        assertEquals(expected, longValue(lastCumulative, "catalog.entities.processed"));
        assertEquals(expected, deltaTotal, "every add in exactly one delta export");
        for (int i = 1; i < cumulativeTotals.size(); i++) {
            assertTrue(cumulativeTotals.get(i) >= cumulativeTotals.get(i - 1), cumulativeTotals::toString);
        }
        assertTrue(cumulativeTotals.size() > 1, "collections interleaved with the adds: " + cumulativeTotals.size());
        assertEquals(0.75 * threads * adds, doubleValue(lastCumulative, "catalog.bytes"));
        assertEquals(1, points(lastCumulative, "catalog.entities.processed").size(), "one series, bound or not");
    }

    @Test
    void aHandleBoundBeforeTheSdkStartsCountsAtOnceAndIsDelivered() {
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        LongCounter tasks = scaffolder.createCounter("scaffolder.tasks");
        BoundLongCounter succeeded = scaffolder.bind(tasks, OK);
        succeeded.add(5);

        root.bind(sdk);
        succeeded.add(2);
        tasks.add(1, OK);

        assertEquals(8, longValue(cumulative.collectAllMetrics(), "scaffolder.tasks"));
        assertEquals(8, longValue(delta.collectAllMetrics(), "scaffolder.tasks"));
    }

    @Test
    void aModulesBoundCounterCarriesTheModuleAttribute() {
        root.bind(sdk);
        TelemetryService github = root.forModule("catalog", "github");
        LongCounter discovered = github.createCounter("catalog.discovered");
        github.bind(discovered, OK).add(4);
        discovered.add(1, OK);

        List<LongPointData> points = points(cumulative.collectAllMetrics(), "catalog.discovered");
        assertEquals(1, points.size(), points::toString);
        assertEquals(5, points.get(0).getValue());
        assertEquals("github", points.get(0).getAttributes().get(AttributeKey.stringKey(BackstageNaming.MODULE_ATTRIBUTE)));
    }

    @Test
    void bindingTheSameSetAgainGivesTheSameHandle() {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        LongCounter counter = catalog.createCounter("catalog.refreshes");
        BoundLongCounter first = catalog.bind(counter, OK);
        assertSame(first, catalog.bind(counter, OK.toBuilder().build()));
    }

    @Test
    void zeroStartsTheSeriesAndANegativeIncrementIsRefusedAsUnboundOnesAre() {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        BoundLongCounter bound = catalog.bind(catalog.createCounter("catalog.errors"), OK);
        bound.add(0);
        assertEquals(0, longValue(cumulative.collectAllMetrics(), "catalog.errors"), "the series exists at zero");
        bound.add(3);
        bound.add(-2);
        assertEquals(3, longValue(cumulative.collectAllMetrics(), "catalog.errors"));
    }

    @Test
    void aBoundAddTakesNoExemplarButOneWithAnExplicitContextDoes() {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        BoundLongCounter bound = catalog.bind(catalog.createCounter("catalog.stitched"), OK);
        Span span = sdk.getTracer("test").spanBuilder("stitch").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            bound.add(1);
            assertTrue(points(cumulative.collectAllMetrics(), "catalog.stitched").get(0).getExemplars().isEmpty(),
                    "the fold runs in no span");
            bound.add(1, Context.current());
        } finally {
            span.end();
        }
        LongPointData point = points(cumulative.collectAllMetrics(), "catalog.stitched").get(0);
        assertEquals(2, point.getValue());
        assertEquals(span.getSpanContext().getTraceId(), point.getExemplars().get(0).getSpanContext().getTraceId());
    }

    @Test
    void aCounterOfAnotherMeterIsBoundDirectlyWithTheSameResult() {
        root.bind(sdk);
        LongCounter foreign = sdk.getMeter("elsewhere").counterBuilder("elsewhere.events").build();
        BoundLongCounter bound = root.forPlugin("catalog").bind(foreign, OK);
        assertFalse(bound instanceof FoldedLongCounter, "another meter's callback would fold it too late");
        bound.add(2);
        assertEquals(2, longValue(cumulative.collectAllMetrics(), "elsewhere.events"));
    }

    @Test
    void bindingsBeyondTheMetersBoundKeepCountingDirectly() {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        LongCounter counter = catalog.createCounter("catalog.locations");
        AttributeKey<Long> location = AttributeKey.longKey("location");
        for (long i = 0; i < BoundInstruments.MAX_FOLDED_HANDLES; i++) {
            assertInstanceOf(FoldedLongCounter.class, catalog.bind(counter, Attributes.of(location, i)));
        }
        BoundLongCounter beyond = catalog.bind(counter, Attributes.of(location, -1L));
        assertFalse(beyond instanceof FoldedLongCounter);
        beyond.add(7);
        assertTrue(points(cumulative.collectAllMetrics(), "catalog.locations").stream()
                .anyMatch(point -> point.getValue() == 7), "counted");
    }

    @Test
    void bindingNullFailsNamingTheArgument() {
        TelemetryService catalog = root.forPlugin("catalog");
        LongCounter counter = catalog.createCounter("catalog.nulls");
        assertTrue(assertThrows(NullPointerException.class, () -> catalog.bind(counter, null)).getMessage()
                .contains("attributes"));
        assertTrue(assertThrows(NullPointerException.class, () -> catalog.bind((LongCounter) null, OK)).getMessage()
                .contains("instrument"));
    }

    @Test
    void shutdownDeliversWhatWasAddedSinceTheLastExport() {
        List<MetricData> exported = new CopyOnWriteArrayList<>();
        MetricExporter exporter = new MetricExporter() {
            @Override
            public CompletableResultCode export(Collection<MetricData> metrics) {
                exported.addAll(metrics);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
                return AggregationTemporality.DELTA;
            }
        };
        OpenTelemetrySdk periodic = OpenTelemetrySdk.builder().setMeterProvider(SdkMeterProvider.builder()
                .registerMetricReader(PeriodicMetricReader.builder(exporter).setInterval(Duration.ofHours(1)).build())
                .build()).build();
        DefaultRootTelemetryService service = new DefaultRootTelemetryService();
        service.bind(periodic);
        TelemetryService scaffolder = service.forPlugin("scaffolder");
        scaffolder.bind(scaffolder.createCounter("scaffolder.tasks"), OK).add(3);

        periodic.close();

        assertEquals(3, longValue(exported, "scaffolder.tasks"));
    }

    @Test
    void theFoldObserverIsNeverExported() {
        root.bind(sdk);
        TelemetryService catalog = root.forPlugin("catalog");
        catalog.bind(catalog.createCounter("catalog.refreshes"), OK).add(1);
        assertEquals(List.of("catalog.refreshes"),
                cumulative.collectAllMetrics().stream().map(MetricData::getName).toList());
    }

    private static List<LongPointData> points(Collection<MetricData> metrics, String name) {
        return metrics.stream().filter(metric -> metric.getName().equals(name))
                .flatMap(metric -> metric.getLongSumData().getPoints().stream()).toList();
    }

    private static long longValue(Collection<MetricData> metrics, String name) {
        return points(metrics, name).stream().mapToLong(LongPointData::getValue).sum();
    }

    private static double doubleValue(Collection<MetricData> metrics, String name) {
        return metrics.stream().filter(metric -> metric.getName().equals(name))
                .flatMap(metric -> metric.getDoubleSumData().getPoints().stream())
                .mapToDouble(DoublePointData::getValue).sum();
    }
}
