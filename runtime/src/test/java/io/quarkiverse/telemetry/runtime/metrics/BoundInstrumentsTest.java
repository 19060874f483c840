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
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundDoubleUpDownCounter;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongHistogram;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.service.DefaultRootTelemetryService;

/**
 * Bound instruments against the real SDK: bound and unbound adds to one series of a counter or up-down counter sum
 * exactly in every export of every reader, cumulative and delta, however collections and adds interleave; what is
 * bound before the SDK starts, and what is left at shutdown, is delivered; zero, negative, net-zero and contextual
 * adds behave as unbound ones; a bound histogram records what an unbound one does.
 */
class BoundInstrumentsTest {

    private static final int THREADS = 4;
    private static final int ADDS = 200_000;

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
        List<Long> cumulativeTotals = new ArrayList<>();

        long deltaTotal = addConcurrently(() -> {
            BoundLongCounter bound = catalog.bind(counter, OK);
            BoundDoubleCounter boundBytes = catalog.bind(bytes, OK);
            return () -> {
                bound.add(1);
                counter.add(2, OK);
                boundBytes.add(0.5);
                bytes.add(0.25, OK);
            };
        }, "catalog.entities.processed", cumulativeTotals);
        Collection<MetricData> last = cumulative.collectAllMetrics();

        long expected = 3L * THREADS * ADDS;
        assertEquals(expected, longValue(last, "catalog.entities.processed"));
        assertEquals(expected, deltaTotal, "every add in exactly one delta export");
        for (int i = 1; i < cumulativeTotals.size(); i++) {
            assertTrue(cumulativeTotals.get(i) >= cumulativeTotals.get(i - 1), cumulativeTotals::toString);
        }
        assertTrue(cumulativeTotals.size() > 1, "collections interleaved with the adds: " + cumulativeTotals.size());
        assertEquals(0.75 * THREADS * ADDS, doubleValue(last, "catalog.bytes"));
        assertEquals(1, points(last, "catalog.entities.processed").size(), "one series, bound or not");
    }

    @Test
    void concurrentUpDownAddsOfBothSignsSumExactlyInEveryExportOfEveryReader() throws Exception {
        root.bind(sdk);
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        LongUpDownCounter running = scaffolder.createUpDownCounter("scaffolder.tasks.running");
        DoubleUpDownCounter queued = scaffolder.getMeter().upDownCounterBuilder("scaffolder.queue.size").ofDoubles()
                .build();

        long deltaTotal = addConcurrently(() -> {
            BoundLongUpDownCounter bound = scaffolder.bind(running, OK);
            BoundDoubleUpDownCounter boundQueued = scaffolder.bind(queued, OK);
            return () -> {
                bound.add(3);
                running.add(-1, OK);
                bound.add(-1);
                boundQueued.add(-0.5);
                queued.add(1.0, OK);
            };
        }, "scaffolder.tasks.running", new ArrayList<>());
        Collection<MetricData> last = cumulative.collectAllMetrics();

        assertEquals(1L * THREADS * ADDS, longValue(last, "scaffolder.tasks.running"));
        assertEquals(1L * THREADS * ADDS, deltaTotal);
        assertEquals(0.5 * THREADS * ADDS, doubleValue(last, "scaffolder.queue.size"));
    }

    /**
     * Runs one round of adds {@value #ADDS} times on each of {@value #THREADS} threads at once (each thread binds its
     * own handles first), while both readers collect in a loop; returns the sum of the series over every delta export,
     * the last one after the adds included, and adds each cumulative value seen meanwhile to {@code cumulativeSeen}.
     */
    private long addConcurrently(Supplier<Runnable> bindRound, String name, List<Long> cumulativeSeen)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    Runnable round = bindRound.get();
                    start.await();
                    for (int i = 0; i < ADDS; i++) {
                        round.run();
                    }
                    return null;
                }));
            }
            long deltaTotal = 0;
            start.countDown();
            while (!workers.stream().allMatch(Future::isDone)) {
                cumulativeSeen.add(longValue(cumulative.collectAllMetrics(), name));
                deltaTotal += longValue(delta.collectAllMetrics(), name);
            }
            for (Future<?> worker : workers) {
                worker.get(1, TimeUnit.MINUTES);
            }
            return deltaTotal + longValue(delta.collectAllMetrics(), name);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void boundUpDownAddsThatSumToZeroExportTheSameDeltaPointAsUnboundOnes() {
        root.bind(sdk);
        TelemetryService scaffolder = root.forPlugin("scaffolder");
        LongUpDownCounter bound = scaffolder.createUpDownCounter("bound.updown");
        LongUpDownCounter unbound = scaffolder.createUpDownCounter("unbound.updown");
        BoundLongUpDownCounter handle = scaffolder.bind(bound, OK);
        for (int interval = 0; interval < 3; interval++) {
            handle.add(2);
            handle.add(-2);
            unbound.add(2, OK);
            unbound.add(-2, OK);
            Collection<MetricData> exported = delta.collectAllMetrics();
            assertEquals(describe(points(exported, "unbound.updown")), describe(points(exported, "bound.updown")));
            assertEquals(1, points(exported, "bound.updown").size(), "interval " + interval);
        }
        assertEquals(describe(points(delta.collectAllMetrics(), "unbound.updown")),
                describe(points(delta.collectAllMetrics(), "bound.updown")), "an interval without adds");
    }

    @Test
    void aBoundHistogramRecordsWhatAnUnboundOneRecords() {
        TelemetryService catalog = root.forPlugin("catalog");
        MetricOptions seconds = MetricOptions.builder().unit("s").explicitBucketBoundaries(List.of(0.1, 1.0)).build();
        DoubleHistogram bound = catalog.createHistogram("bound.duration", seconds);
        DoubleHistogram unbound = catalog.createHistogram("unbound.duration", seconds);
        LongHistogram boundBytes = catalog.getMeter().histogramBuilder("bound.bytes").ofLongs().build();
        BoundDoubleHistogram handle = catalog.bind(bound, OK);
        BoundLongHistogram bytesHandle = catalog.bind(boundBytes, OK);
        handle.record(0.05);
        bytesHandle.record(100);
        unbound.record(0.05, OK);
        root.bind(sdk);
        for (double value : new double[] { 0.5, 3.0, 0.2 }) {
            handle.record(value);
            unbound.record(value, OK);
            bytesHandle.record((long) (value * 1000));
        }
        Collection<MetricData> exported = cumulative.collectAllMetrics();
        HistogramPointData boundPoint = histogram(exported, "bound.duration");
        HistogramPointData unboundPoint = histogram(exported, "unbound.duration");
        assertEquals(unboundPoint.getCounts(), boundPoint.getCounts());
        assertEquals(unboundPoint.getSum(), boundPoint.getSum());
        assertEquals(unboundPoint.getMin(), boundPoint.getMin());
        assertEquals(unboundPoint.getMax(), boundPoint.getMax());
        assertEquals(OK, boundPoint.getAttributes());
        assertEquals(4, histogram(exported, "bound.bytes").getCount());
        assertEquals(3800.0, histogram(exported, "bound.bytes").getSum());
    }

    @Test
    void aModulesBoundUpDownCounterAndHistogramCarryTheModuleAttribute() {
        root.bind(sdk);
        TelemetryService github = root.forModule("catalog", "github");
        github.bind(github.createUpDownCounter("catalog.github.pending"), OK).add(-3);
        github.bind(github.createHistogram("catalog.github.duration"), OK).record(1.5);
        Collection<MetricData> exported = cumulative.collectAllMetrics();
        AttributeKey<String> module = AttributeKey.stringKey(BackstageNaming.MODULE_ATTRIBUTE);
        assertEquals(-3, points(exported, "catalog.github.pending").get(0).getValue());
        assertEquals("github", points(exported, "catalog.github.pending").get(0).getAttributes().get(module));
        assertEquals("github", histogram(exported, "catalog.github.duration").getAttributes().get(module));
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
        assertFalse(bound instanceof FoldedLongSum, "another meter's callback would fold it too late");
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
            assertInstanceOf(FoldedLongSum.class, catalog.bind(counter, Attributes.of(location, i)));
        }
        BoundLongCounter beyond = catalog.bind(counter, Attributes.of(location, -1L));
        assertFalse(beyond instanceof FoldedLongSum);
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

    private static HistogramPointData histogram(Collection<MetricData> metrics, String name) {
        return metrics.stream().filter(metric -> metric.getName().equals(name))
                .flatMap(metric -> metric.getHistogramData().getPoints().stream()).findFirst().orElseThrow();
    }

    /** What a delta export says of a sum's points: values and attributes, not timestamps. */
    private static List<String> describe(List<LongPointData> points) {
        return points.stream().map(point -> point.getValue() + " " + point.getAttributes()).toList();
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
