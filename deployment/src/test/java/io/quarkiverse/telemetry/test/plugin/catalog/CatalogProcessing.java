package io.quarkiverse.telemetry.test.plugin.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** Gets its service by field injection; the plugin comes from package-info.java. */
@ApplicationScoped
public class CatalogProcessing {

    public static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    private LongCounter processed;
    private DoubleHistogram duration;

    @jakarta.annotation.PostConstruct
    void createInstruments() {
        processed = telemetry.createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Entities processed").build());
        duration = telemetry.createHistogram("catalog.processing.duration", MetricOptions.builder()
                .description("Time to process an entity").unit("s")
                .explicitBucketBoundaries(List.of(0.01, 0.1, 1.0)).build());
    }

    public void process(String result, double seconds) {
        processed.add(1, Attributes.of(RESULT, result));
        duration.record(seconds, Attributes.of(RESULT, result));
    }

    public TelemetryService telemetry() {
        return telemetry;
    }
}
