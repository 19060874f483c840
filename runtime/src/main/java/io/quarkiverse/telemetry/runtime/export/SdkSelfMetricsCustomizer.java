package io.quarkiverse.telemetry.runtime.export;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.View;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * Drops the metrics the SDK emits about its own span and log processors (such as {@code queueSize}): quarkus-opentelemetry
 * drops them too while its metrics are off, which they were before this extension turned them on, and their camelCase
 * names would fail Prometheus' lint in the scrape.
 */
@Singleton
public class SdkSelfMetricsCustomizer implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    static final List<String> SDK_SELF_SCOPES = List.of("io.opentelemetry.sdk.trace", "io.opentelemetry.sdk.logs");

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addMeterProviderCustomizer((meterProvider, config) -> {
            for (String scope : SDK_SELF_SCOPES) {
                meterProvider.registerView(InstrumentSelector.builder().setMeterName(scope).build(),
                        View.builder().setAggregation(Aggregation.drop()).build());
            }
            return meterProvider;
        });
    }
}
