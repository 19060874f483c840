package io.quarkiverse.telemetry.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.ExemplarFilter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;
import io.quarkiverse.telemetry.runtime.prometheus.MergingCollectorRegistry;
import io.quarkiverse.telemetry.runtime.prometheus.MetricSnapshotsCollector;
import io.quarkiverse.telemetry.runtime.service.DefaultRootTelemetryService;

/**
 * One scrape of {@value #SERIES} series, in text format 0.0.4, as {@code /q/metrics} serves it: the plugins' series (10
 * plugins, 10 counters each, 100 attribute values per counter) through the extension's path (the SDK's Prometheus
 * reader, then the collector in Micrometer's registry), against Micrometer's own scrape of as many counters with the
 * same names and labels ({@code entity} and the plugin's {@code otel_scope_name}), so both write the same text. For
 * reference, {@code otelExporter}: what OpenTelemetry's own Prometheus exporter does with the same reader (its
 * converter and prometheus-metrics' text writer, as its HTTP server would).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScrapeBenchmark {

    static final int SERIES = 10_000;
    private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();
    private static final int PLUGINS = 10;
    private static final int INSTRUMENTS = 10;
    private static final int VALUES = SERIES / PLUGINS / INSTRUMENTS;

    private SdkMeterProvider meterProvider;
    private PrometheusMetricReader reader;
    private MetricSnapshotsCollector collector;
    private PrometheusMeterRegistry withPlugins;
    private PrometheusMeterRegistry micrometerOnly;

    @Setup
    public void setUp() {
        reader = new PrometheusMetricReader(null);
        meterProvider = SdkMeterProvider.builder().registerMetricReader(reader)
                .setExemplarFilter(ExemplarFilter.alwaysOff()).build();
        DefaultRootTelemetryService root = new DefaultRootTelemetryService();
        root.bind(OpenTelemetrySdk.builder().setMeterProvider(meterProvider).build());
        AttributeKey<String> entity = AttributeKey.stringKey("entity");
        for (int p = 0; p < PLUGINS; p++) {
            TelemetryService plugin = root.forPlugin("plugin" + p);
            for (int i = 0; i < INSTRUMENTS; i++) {
                LongCounter counter = plugin.createCounter("plugin" + p + ".counter" + i);
                for (int v = 0; v < VALUES; v++) {
                    counter.add(v + 1, Attributes.of(entity, "component:e" + v));
                }
            }
        }
        // As /q/metrics has it: the merging registry behind Micrometer's, the default attribute value length limit.
        withPlugins = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT,
                new MergingCollectorRegistry(AttributeValueLimit.of(1024)),
                Clock.SYSTEM);
        collector = new MetricSnapshotsCollector(reader);
        withPlugins.getPrometheusRegistry().register(collector);

        micrometerOnly = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        for (int n = 0; n < PLUGINS * INSTRUMENTS; n++) {
            for (int v = 0; v < VALUES; v++) {
                Counter.builder("plugin" + n / INSTRUMENTS + ".counter" + n % INSTRUMENTS)
                        .tag("entity", "component:e" + v)
                        .tag("otel_scope_name", BackstageNaming.pluginScope("plugin" + n / INSTRUMENTS))
                        .register(micrometerOnly).increment(v + 1);
            }
        }
        // Bytes per scrape, for the report (a scrape's size does not change between iterations).
        System.out.println("[scrape-bytes] service=" + withPlugins.scrape().length() + " micrometer="
                + micrometerOnly.scrape().length() + " service-lines=" + withPlugins.scrape().lines().count()
                + " micrometer-lines=" + micrometerOnly.scrape().lines().count());
    }

    @TearDown
    public void tearDown() {
        meterProvider.close();
        withPlugins.close();
        micrometerOnly.close();
    }

    @Benchmark
    public String scrape_service() {
        return withPlugins.scrape();
    }

    @Benchmark
    public String scrape_micrometer() {
        return micrometerOnly.scrape();
    }

    /** The first stage of {@code scrape_service}: the SDK's collection, converted by OpenTelemetry to snapshots. */
    @Benchmark
    public Object scrapeStage_otelConvert() {
        return reader.collect();
    }

    /** The first two stages: the above, then converted by this extension to Micrometer's (simpleclient) model. */
    @Benchmark
    public Object scrapeStage_collector() {
        return collector.collect();
    }

    @Benchmark
    public byte[] scrape_otelExporter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        TEXT.write(out, reader.collect());
        return out.toByteArray();
    }
}
