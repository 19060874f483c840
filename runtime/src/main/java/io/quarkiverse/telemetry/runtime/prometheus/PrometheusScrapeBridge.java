package io.quarkiverse.telemetry.runtime.prometheus;

import jakarta.inject.Singleton;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * Puts the SDK's metrics into the scrape of Micrometer's Prometheus registry: registers OpenTelemetry's
 * {@link PrometheusMetricReader} with the SDK that quarkus-opentelemetry builds, and serves what it reads from the
 * registry behind {@code /q/metrics}, so plugin instruments and Micrometer meters come in one scrape.
 */
@Singleton
public class PrometheusScrapeBridge implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    /** No resource attribute becomes a label: they are in {@code target_info}. */
    private final PrometheusMetricReader reader = new PrometheusMetricReader(null);

    @Override
    public void customize(io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addMeterProviderCustomizer((meterProvider, config) -> meterProvider.registerMetricReader(reader));
    }

    /** Adds the SDK's metrics to the registry's scrape. */
    public void exposeIn(PrometheusMeterRegistry registry) {
        registry.getPrometheusRegistry().register(new MetricSnapshotsCollector(reader));
    }
}
