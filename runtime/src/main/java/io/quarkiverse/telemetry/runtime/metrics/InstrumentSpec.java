package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;

/**
 * What an instrument builder was told, kept to build the SDK's instrument later.
 *
 * @param attributeKeys the attribute keys to keep, or {@code null} to keep all
 */
record InstrumentSpec(String name, String description, String unit, List<? extends Number> bucketBoundaries,
        List<String> attributeKeys) {

    static InstrumentSpec named(String name) {
        return new InstrumentSpec(name, null, null, null, null);
    }

    InstrumentSpec withDescription(String description) {
        return new InstrumentSpec(name, description, unit, bucketBoundaries, attributeKeys);
    }

    InstrumentSpec withUnit(String unit) {
        return new InstrumentSpec(name, description, unit, bucketBoundaries, attributeKeys);
    }

    InstrumentSpec withBucketBoundaries(List<? extends Number> bucketBoundaries) {
        return new InstrumentSpec(name, description, unit, List.copyOf(bucketBoundaries), attributeKeys);
    }

    InstrumentSpec withAttributeKeys(List<String> attributeKeys) {
        return new InstrumentSpec(name, description, unit, bucketBoundaries, List.copyOf(attributeKeys));
    }
}
