package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;
import java.util.Map;

/**
 * Settings an operator gives instruments by name, applied as OpenTelemetry advice when the SDK instrument is built:
 * bucket boundaries of histograms, replacing those of the code, and the attribute keys to keep.
 *
 * @param bucketBoundaries bucket boundaries by instrument name
 * @param attributeKeys attribute keys to keep by instrument name
 */
public record InstrumentAdvice(Map<String, List<Double>> bucketBoundaries, Map<String, List<String>> attributeKeys) {

    /** No setting for any instrument. */
    public static final InstrumentAdvice NONE = new InstrumentAdvice(Map.of(), Map.of());

    public InstrumentAdvice {
        bucketBoundaries = Map.copyOf(bucketBoundaries);
        attributeKeys = Map.copyOf(attributeKeys);
    }

    InstrumentSpec applyTo(InstrumentSpec spec) {
        InstrumentSpec advised = spec;
        List<Double> boundaries = bucketBoundaries.get(spec.name());
        if (boundaries != null) {
            advised = advised.withBucketBoundaries(boundaries);
        }
        List<String> keys = attributeKeys.get(spec.name());
        return keys == null ? advised : advised.withAttributeKeys(keys);
    }
}
