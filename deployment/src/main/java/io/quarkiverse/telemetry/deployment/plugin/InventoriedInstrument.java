package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.runtime.metrics.UnitDefaultBuckets;

/**
 * One instrument of a plugin, as the build found it in the plugin's code. An empty {@link Optional} means the code
 * computes that value at run time, where the build cannot see it.
 *
 * @param name the instrument's name, as the code first writes it
 * @param kind its kind
 * @param doubles whether it measures doubles rather than whole numbers
 * @param moduleId the module that creates it, empty for the plugin itself
 * @param description its description, empty when none is given
 * @param unit its unit, empty when none is given
 * @param bucketAdvice the bucket boundaries its code advises (histograms), empty when none are given
 * @param deprecated why its code says it is deprecated, empty when it is not
 * @param renamedTo the instrument its code says replaces it, empty when none does
 * @param attributes each constant attribute key recorded on it, with the methods that record it
 * @param attributeTypes the type of each attribute key whose values' type the code shows, the same wherever it is
 *        recorded ({@code string}, {@code int}, {@code double}, {@code boolean}, or one of those followed by
 *        {@code []}, as the semantic conventions write them)
 * @param attributesComplete whether every attribute set recorded on it was read, so that no other key is recorded
 * @param createdIn the methods that create it, each as the chain of calls that leads there from the class with the
 *        injection point ({@code a.B.<init> > a.Helper.counter})
 * @param recordedIn the methods that record measurements on it or bind it
 * @param requestedAs each kind the code requests the name as, with the first requester (owner and method): more than
 *        one fails the build
 * @param scheduledBy the {@code @Scheduled} methods of the classes that create or record it ({@code class.method}):
 *        its measurements come from scheduled work, whose stall is worth an alert
 */
public record InventoriedInstrument(String name, InstrumentKind kind, boolean doubles, String moduleId,
        Optional<String> description, Optional<String> unit, Optional<List<Double>> bucketAdvice,
        Optional<String> deprecated, Optional<String> renamedTo, Map<String, List<String>> attributes,
        Map<String, String> attributeTypes, boolean attributesComplete, List<String> createdIn,
        List<String> recordedIn, Map<InstrumentKind, String> requestedAs, List<String> scheduledBy) {

    /** Where a histogram's bucket boundaries come from when no view replaces them. */
    public enum BucketSource {
        /** The code's advice. */
        ADVICE,
        /** The unit: seconds get the semantic conventions' duration buckets. */
        UNIT,
        /** OpenTelemetry's defaults. */
        DEFAULT
    }

    /** Whether it is a histogram, whose distribution is exported in buckets. */
    public boolean isHistogram() {
        return kind == InstrumentKind.HISTOGRAM;
    }

    /**
     * Where a histogram's buckets come from unless a view configured at run time replaces them; empty when not a
     * histogram or when the code computes its advice or unit.
     */
    public Optional<BucketSource> bucketSource() {
        if (!isHistogram() || bucketAdvice.isEmpty()) {
            return Optional.empty();
        }
        if (!bucketAdvice.get().isEmpty()) {
            return Optional.of(BucketSource.ADVICE);
        }
        if (!doubles) {
            return Optional.of(BucketSource.DEFAULT);
        }
        return unit.map(known -> UnitDefaultBuckets.forUnit(known) != null ? BucketSource.UNIT
                : BucketSource.DEFAULT);
    }

    /** A histogram's bucket boundaries unless a view configured at run time replaces them; see {@link #bucketSource}. */
    public Optional<List<Double>> buckets() {
        return bucketSource().map(source -> switch (source) {
            case ADVICE -> bucketAdvice.get();
            case UNIT -> UnitDefaultBuckets.forUnit(unit.get());
            case DEFAULT -> UnitDefaultBuckets.OPEN_TELEMETRY;
        });
    }
}
