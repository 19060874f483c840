package io.quarkiverse.telemetry.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.ExemplarFilter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.service.DefaultRootTelemetryService;

/**
 * The record paths of a plugin's instruments against the same calls on the raw OpenTelemetry SDK (one SDK, one
 * configuration: the Prometheus reader the extension uses, exemplars off) and on Micrometer's Prometheus registry.
 * <ul>
 * <li>{@code service}: an instrument of a plugin's {@link TelemetryService}, created after the SDK started (what the
 * service hands out from then on);</li>
 * <li>{@code lateBound}: one created before the SDK started (a static initialiser, an early bean), used after
 * binding;</li>
 * <li>{@code bound}: a handle of a plugin's instrument bound to the three attributes once
 * ({@link TelemetryService#bind(LongCounter, Attributes)}): a counter's is folded into the SDK before each collection,
 * a histogram's records through the SDK;</li>
 * <li>{@code module}, {@code moduleBound}: the same through a module's service, which adds the module's attribute to
 * each unbound measurement and once to a bound handle;</li>
 * <li>{@code sdk}: the SDK's instrument from its own meter; {@code micrometer}: a registered Micrometer counter with
 * the same tags (Micrometer binds tags at registration).</li>
 * </ul>
 * Spans (sampled, recording, no processor: what starting and ending one costs): {@code spanStartEnd} through a plugin's
 * tracer, which sets {@code backstage.plugin.id} on each span, against the SDK's tracer without
 * ({@code sdk}) and with the same attribute set by hand ({@code sdkAttributed}); {@code activeSpan}: the service's
 * {@code startActiveSpan} against the SDK's span made current and ended by hand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordingBenchmark {

    static final Attributes THREE = Attributes.of(AttributeKey.stringKey("kind"), "Component",
            AttributeKey.stringKey("result"), "ok", AttributeKey.stringKey("source"), "github");

    static final AttributeKey<String> PLUGIN = AttributeKey.stringKey(BackstageNaming.PLUGIN_ATTRIBUTE);

    private SdkMeterProvider meterProvider;
    private SdkTracerProvider tracerProvider;
    private Tracer sdkTracer;
    private TelemetryService catalogService;
    private PrometheusMeterRegistry micrometer;

    private LongCounter sdkCounter;
    private LongCounter serviceCounter;
    private LongCounter lateBoundCounter;
    private BoundLongCounter boundCounter;
    private BoundDoubleHistogram boundHistogram;
    private DoubleHistogram moduleHistogram;
    private BoundDoubleHistogram moduleBoundHistogram;
    private Counter micrometerCounter;
    private Counter micrometerCounterWithTags;
    private DoubleHistogram sdkHistogram;
    private DoubleHistogram serviceHistogram;
    private DoubleHistogram lateBoundHistogram;
    private DoubleGauge sdkGauge;
    private DoubleGauge serviceGauge;

    @Setup
    public void setUp() {
        meterProvider = SdkMeterProvider.builder()
                .registerMetricReader(new PrometheusMetricReader(null))
                .setExemplarFilter(ExemplarFilter.alwaysOff())
                .build();
        tracerProvider = SdkTracerProvider.builder().build();
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setMeterProvider(meterProvider)
                .setTracerProvider(tracerProvider).build();

        DefaultRootTelemetryService root = new DefaultRootTelemetryService();
        TelemetryService early = root.forPlugin("early");
        lateBoundCounter = early.createCounter("late.counter");
        lateBoundHistogram = early.createHistogram("late.histogram");
        root.bind(sdk);

        TelemetryService catalog = root.forPlugin("catalog");
        catalogService = catalog;
        serviceCounter = catalog.createCounter("service.counter");
        serviceHistogram = catalog.createHistogram("service.histogram");
        serviceGauge = catalog.createGauge("service.gauge");
        boundCounter = catalog.bind(catalog.createCounter("bound.counter"), THREE);
        boundHistogram = catalog.bind(catalog.createHistogram("bound.histogram"), THREE);
        TelemetryService github = root.forModule("catalog", "github");
        moduleHistogram = github.createHistogram("module.histogram");
        moduleBoundHistogram = github.bind(moduleHistogram, THREE);

        Meter raw = sdk.getMeter("raw");
        sdkCounter = raw.counterBuilder("raw.counter").build();
        sdkHistogram = raw.histogramBuilder("raw.histogram").build();
        sdkGauge = raw.gaugeBuilder("raw.gauge").build();
        sdkTracer = sdk.getTracer("raw");

        // The service hands out the SDK's own instruments once the SDK runs: same class, same code path.
        System.out.println("[instrument-classes] service=" + serviceCounter.getClass().getName() + " sdk="
                + sdkCounter.getClass().getName() + " lateBound=" + lateBoundCounter.getClass().getName());

        micrometer = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        micrometerCounter = Counter.builder("micrometer.counter").register(micrometer);
        micrometerCounterWithTags = Counter.builder("micrometer.counter.tagged")
                .tags("kind", "Component", "result", "ok", "source", "github").register(micrometer);
    }

    @TearDown
    public void tearDown() {
        meterProvider.close();
        tracerProvider.close();
        micrometer.close();
    }

    @Benchmark
    public void counterAdd0_sdk() {
        sdkCounter.add(1);
    }

    @Benchmark
    public void counterAdd0_service() {
        serviceCounter.add(1);
    }

    @Benchmark
    public void counterAdd0_lateBound() {
        lateBoundCounter.add(1);
    }

    @Benchmark
    public void counterAdd0_micrometer() {
        micrometerCounter.increment();
    }

    @Benchmark
    public void counterAdd3_sdk() {
        sdkCounter.add(1, THREE);
    }

    @Benchmark
    public void counterAdd3_service() {
        serviceCounter.add(1, THREE);
    }

    @Benchmark
    public void counterAdd3_lateBound() {
        lateBoundCounter.add(1, THREE);
    }

    @Benchmark
    public void counterAdd3_bound() {
        boundCounter.add(1);
    }

    @Benchmark
    public void counterAdd3_micrometer() {
        micrometerCounterWithTags.increment();
    }

    @Benchmark
    public void histogramRecord3_sdk() {
        sdkHistogram.record(0.25, THREE);
    }

    @Benchmark
    public void histogramRecord3_service() {
        serviceHistogram.record(0.25, THREE);
    }

    @Benchmark
    public void histogramRecord3_bound() {
        boundHistogram.record(0.25);
    }

    @Benchmark
    public void histogramRecord3_module() {
        moduleHistogram.record(0.25, THREE);
    }

    @Benchmark
    public void histogramRecord3_moduleBound() {
        moduleBoundHistogram.record(0.25);
    }

    @Benchmark
    public void histogramRecord3_lateBound() {
        lateBoundHistogram.record(0.25, THREE);
    }

    @Benchmark
    public void gaugeSet3_sdk() {
        sdkGauge.set(42, THREE);
    }

    @Benchmark
    public void gaugeSet3_service() {
        serviceGauge.set(42, THREE);
    }

    @Benchmark
    public void spanStartEnd_sdk() {
        sdkTracer.spanBuilder("catalog.refresh").startSpan().end();
    }

    @Benchmark
    public void spanStartEnd_sdkAttributed() {
        sdkTracer.spanBuilder("catalog.refresh").setAttribute(PLUGIN, "catalog").startSpan().end();
    }

    @Benchmark
    public void spanStartEnd_service() {
        catalogService.getTracer().spanBuilder("catalog.refresh").startSpan().end();
    }

    @Benchmark
    public Object activeSpan_sdk() {
        Span span = sdkTracer.spanBuilder("catalog.refresh").startSpan();
        try (io.opentelemetry.context.Scope current = span.makeCurrent()) {
            return span;
        } finally {
            span.end();
        }
    }

    @Benchmark
    public Object activeSpan_service() {
        return catalogService.startActiveSpan("catalog.refresh", span -> span);
    }
}
