package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;

/** What an instrument builder was told, kept to build the SDK's instrument later. */
record InstrumentSpec(String name, String description, String unit, List<? extends Number> bucketBoundaries) {

    static InstrumentSpec named(String name) {
        return new InstrumentSpec(name, null, null, null);
    }

    InstrumentSpec withDescription(String description) {
        return new InstrumentSpec(name, description, unit, bucketBoundaries);
    }

    InstrumentSpec withUnit(String unit) {
        return new InstrumentSpec(name, description, unit, bucketBoundaries);
    }

    InstrumentSpec withBucketBoundaries(List<? extends Number> bucketBoundaries) {
        return new InstrumentSpec(name, description, unit, List.copyOf(bucketBoundaries));
    }
}
