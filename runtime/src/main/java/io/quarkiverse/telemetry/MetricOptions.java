package io.quarkiverse.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable options of an instrument: description, unit and, for histograms, explicit bucket boundaries (passed to
 * the SDK as advice, which views may still override).
 *
 * <pre>
 * MetricOptions.builder().description("Time to process an entity").unit("s")
 *         .explicitBucketBoundaries(List.of(0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0)).build();
 * </pre>
 */
public final class MetricOptions {

    /** No description, no unit, default buckets. */
    public static final MetricOptions NONE = builder().build();

    private final String description;
    private final String unit;
    private final List<Double> explicitBucketBoundaries;

    private MetricOptions(Builder builder) {
        this.description = builder.description;
        this.unit = builder.unit;
        this.explicitBucketBoundaries = builder.explicitBucketBoundaries;
    }

    /** A builder with no description, no unit and default buckets. */
    public static Builder builder() {
        return new Builder();
    }

    /** The description, empty when none was given. */
    public String description() {
        return description;
    }

    /** The unit in UCUM form ({@code s}, {@code By}, {@code {entity}}), empty when none was given. */
    public String unit() {
        return unit;
    }

    /** The bucket boundaries advised for a histogram, if given. */
    public Optional<List<Double>> explicitBucketBoundaries() {
        return Optional.ofNullable(explicitBucketBoundaries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricOptions other && description.equals(other.description) && unit.equals(other.unit)
                && Objects.equals(explicitBucketBoundaries, other.explicitBucketBoundaries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, unit, explicitBucketBoundaries);
    }

    @Override
    public String toString() {
        return "MetricOptions{description='" + description + "', unit='" + unit + "', explicitBucketBoundaries="
                + explicitBucketBoundaries + "}";
    }

    /** Builds {@link MetricOptions}; each setter validates its argument at once. */
    public static final class Builder {
        private static final int MAX_UNIT_LENGTH = 63;

        private String description = "";
        private String unit = "";
        private List<Double> explicitBucketBoundaries;

        private Builder() {
        }

        /** A human-readable description, shown as the Prometheus {@code # HELP} text. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * The unit, in UCUM form: {@code s} for seconds, {@code By} for bytes, {@code 1} for ratios. In Prometheus
         * output it becomes a name suffix ({@code _seconds}, {@code _bytes}, {@code _ratio}).
         *
         * @throws IllegalArgumentException if longer than 63 characters or not ASCII
         */
        public Builder unit(String unit) {
            Objects.requireNonNull(unit, "unit");
            if (unit.length() > MAX_UNIT_LENGTH || !unit.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("Invalid unit '" + unit
                        + "': a unit must be at most " + MAX_UNIT_LENGTH + " ASCII characters");
            }
            this.unit = unit;
            return this;
        }

        /**
         * Bucket boundaries for a histogram: finite and strictly increasing. Only histograms accept them.
         *
         * @throws IllegalArgumentException if a boundary is null, not finite, or not greater than the one before
         */
        public Builder explicitBucketBoundaries(List<Double> boundaries) {
            Objects.requireNonNull(boundaries, "boundaries");
            List<Double> copy = new ArrayList<>(boundaries.size());
            for (int i = 0; i < boundaries.size(); i++) {
                Double boundary = boundaries.get(i);
                if (boundary == null || !Double.isFinite(boundary)) {
                    throw new IllegalArgumentException("Invalid bucket boundary " + boundary + " at index " + i
                            + ": boundaries must be finite numbers");
                }
                if (i > 0 && boundary <= copy.get(i - 1)) {
                    throw new IllegalArgumentException("Invalid bucket boundaries " + boundaries
                            + ": they must be strictly increasing, but " + boundary + " at index " + i
                            + " follows " + copy.get(i - 1));
                }
                copy.add(boundary);
            }
            this.explicitBucketBoundaries = List.copyOf(copy);
            return this;
        }

        /** The immutable options. */
        public MetricOptions build() {
            return new MetricOptions(this);
        }
    }
}
