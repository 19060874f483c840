package io.quarkiverse.telemetry.runtime.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.prometheus.client.Collector;
import io.prometheus.client.exemplars.Exemplar;
import io.prometheus.client.exporter.common.TextFormat;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;

/** What the registry behind {@code /q/metrics} serves, written in OpenMetrics as Prometheus reads it. */
class MergingCollectorRegistryTest {

    /** A timer as Micrometer exposes it with exemplars on: one on the bucket, one on {@code _count}. */
    static final class TimerWithExemplars extends Collector {
        @Override
        public List<MetricFamilySamples> collect() {
            Exemplar exemplar = new Exemplar(0.2, "trace_id", "3f9d", "span_id", "0b57");
            return List.of(new MetricFamilySamples("task_duration_seconds", Type.HISTOGRAM, "Task duration", List.of(
                    new MetricFamilySamples.Sample("task_duration_seconds_bucket", List.of("le"), List.of("+Inf"), 1,
                            exemplar),
                    new MetricFamilySamples.Sample("task_duration_seconds_count", List.of(), List.of(), 1, exemplar),
                    new MetricFamilySamples.Sample("task_duration_seconds_sum", List.of(), List.of(), 0.2))));
        }
    }

    @Test
    void exemplarsOnlyWhereOpenMetricsAllowsThem() throws IOException {
        MergingCollectorRegistry registry = new MergingCollectorRegistry(AttributeValueLimit.NONE);
        registry.register(new TimerWithExemplars());
        StringWriter openMetrics = new StringWriter();
        TextFormat.writeOpenMetrics100(openMetrics, registry.metricFamilySamples());
        List<String> lines = openMetrics.toString().lines().toList();

        String bucket = lines.stream().filter(line -> line.startsWith("task_duration_seconds_bucket")).findFirst()
                .orElseThrow();
        assertTrue(bucket.contains("# {span_id=\"0b57\",trace_id=\"3f9d\"} 0.2"), bucket);
        String count = lines.stream().filter(line -> line.startsWith("task_duration_seconds_count")).findFirst()
                .orElseThrow();
        assertFalse(count.contains("#"), "Prometheus rejects the scrape for an exemplar on _count: " + count);
        assertEquals("task_duration_seconds_count 1.0", count);
    }
}
