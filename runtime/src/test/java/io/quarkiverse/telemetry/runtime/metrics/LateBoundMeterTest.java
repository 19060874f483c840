package io.quarkiverse.telemetry.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;

/** Measurements made before binding reach the SDK's first collection; after binding the SDK's own instruments serve. */
class LateBoundMeterTest {

    private static final Attributes RESULT_OK = Attributes.of(AttributeKey.stringKey("result"), "ok");

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final SdkMeterProvider sdk = SdkMeterProvider.builder().registerMetricReader(reader).build();
    private final LateBoundMeter meter = new LateBoundMeter();

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    @Test
    void everySynchronousKindRecordedBeforeBindingIsCollected() {
        meter.counterBuilder("long.counter").build().add(5, RESULT_OK);
        meter.counterBuilder("double.counter").ofDoubles().build().add(1.5);
        meter.upDownCounterBuilder("long.updown").build().add(-2);
        meter.upDownCounterBuilder("double.updown").ofDoubles().build().add(-0.5);
        meter.histogramBuilder("double.histogram").setUnit("s")
                .setExplicitBucketBoundariesAdvice(List.of(0.1, 1.0)).build().record(0.5);
        meter.histogramBuilder("long.histogram").ofLongs().setExplicitBucketBoundariesAdvice(List.of(10L)).build()
                .record(20);
        var gauge = meter.gaugeBuilder("double.gauge").build();
        gauge.set(1.0);
        gauge.set(3.0);
        meter.gaugeBuilder("long.gauge").ofLongs().build().set(7);

        meter.bind(sdk.get("backstage-plugin-test"));

        assertEquals(5, metric("long.counter").getLongSumData().getPoints().iterator().next().getValue());
        assertEquals(RESULT_OK, metric("long.counter").getLongSumData().getPoints().iterator().next().getAttributes());
        assertEquals(1.5, metric("double.counter").getDoubleSumData().getPoints().iterator().next().getValue());
        assertEquals(-2, metric("long.updown").getLongSumData().getPoints().iterator().next().getValue());
        assertEquals(-0.5, metric("double.updown").getDoubleSumData().getPoints().iterator().next().getValue());
        HistogramPointData histogram = metric("double.histogram").getHistogramData().getPoints().iterator().next();
        assertEquals(List.of(0.1, 1.0), histogram.getBoundaries());
        assertEquals(List.of(0L, 1L, 0L), histogram.getCounts());
        assertEquals("s", metric("double.histogram").getUnit());
        HistogramPointData longHistogram = metric("long.histogram").getHistogramData().getPoints().iterator().next();
        assertEquals(List.of(10.0), longHistogram.getBoundaries());
        assertEquals(List.of(0L, 1L), longHistogram.getCounts());
        assertEquals(3.0, metric("double.gauge").getDoubleGaugeData().getPoints().iterator().next().getValue());
        assertEquals(7, metric("long.gauge").getLongGaugeData().getPoints().iterator().next().getValue());
    }

    @Test
    void instrumentsCreatedBeforeBindingKeepWorkingAfterIt() {
        LongCounter counter = meter.counterBuilder("requests").build();
        counter.add(1);
        meter.bind(sdk.get("backstage-plugin-test"));
        counter.add(2);
        assertEquals(3, metric("requests").getLongSumData().getPoints().iterator().next().getValue());
    }

    @Test
    void instrumentsCreatedAfterBindingAreTheSdksOwn() {
        meter.bind(sdk.get("backstage-plugin-test"));
        LongCounter counter = meter.counterBuilder("requests").build();
        DoubleHistogram histogram = meter.histogramBuilder("latency").build();
        assertFalse(counter instanceof LateBound, counter.getClass().getName());
        assertFalse(histogram instanceof LateBound, histogram.getClass().getName());
        assertTrue(counter.getClass().getName().startsWith("io.opentelemetry.sdk"), counter.getClass().getName());
    }

    @Test
    void callbacksRegisteredBeforeBindingReportAndClosedOnesDoNot() {
        ObservableLongCounter open = meter.counterBuilder("open.callback").buildWithCallback(m -> m.record(42));
        meter.gaugeBuilder("closed.callback").buildWithCallback(m -> m.record(1)).close();
        ObservableLongMeasurement observer = meter.counterBuilder("batch.observed").buildObserver();
        meter.batchCallback(() -> observer.record(9, RESULT_OK), observer);

        meter.bind(sdk.get("backstage-plugin-test"));

        assertEquals(42, metric("open.callback").getLongSumData().getPoints().iterator().next().getValue());
        assertEquals(9, metric("batch.observed").getLongSumData().getPoints().iterator().next().getValue());
        assertTrue(reader.collectAllMetrics().stream().noneMatch(m -> m.getName().equals("closed.callback")));
        assertNotNull(open);
    }

    @Test
    void measurementsBeyondThePendingLimitAreNotKept() {
        LongCounter counter = meter.counterBuilder("flood").build();
        for (int i = 0; i < LateBound.MAX_PENDING_MEASUREMENTS + 10; i++) {
            counter.add(1);
        }
        meter.bind(sdk.get("backstage-plugin-test"));
        assertEquals(LateBound.MAX_PENDING_MEASUREMENTS,
                metric("flood").getLongSumData().getPoints().iterator().next().getValue());
    }

    @Test
    void noMeasurementIsLostWhileBindingRacesWithRecording() throws Exception {
        LongCounter counter = meter.counterBuilder("raced").build();
        int threads = 4;
        int perThread = 20_000;
        CountDownLatch started = new CountDownLatch(threads);
        AtomicBoolean go = new AtomicBoolean();
        List<Thread> recorders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread recorder = new Thread(() -> {
                started.countDown();
                while (!go.get()) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < perThread; i++) {
                    counter.add(1);
                }
            });
            recorder.start();
            recorders.add(recorder);
        }
        started.await();
        go.set(true);
        meter.bind(sdk.get("backstage-plugin-test"));
        for (Thread recorder : recorders) {
            recorder.join();
        }
        assertEquals((long) threads * perThread,
                metric("raced").getLongSumData().getPoints().iterator().next().getValue());
    }

    private MetricData metric(String name) {
        return reader.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No metric " + name + " collected"));
    }
}
