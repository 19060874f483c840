package io.quarkiverse.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable options of an instrument: description, unit, for histograms explicit bucket boundaries (passed to the SDK
 * as advice, which views may still override), and whether it is deprecated.
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
    private final String deprecated;
    private final String renamedTo;

    private MetricOptions(Builder builder) {
        this.description = builder.description;
        this.unit = builder.unit;
        this.explicitBucketBoundaries = builder.explicitBucketBoundaries;
        this.deprecated = builder.deprecated;
        this.renamedTo = builder.renamedTo;
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

    /** Why the instrument is deprecated, if it is: see {@link Builder#deprecated(String)}. */
    public Optional<String> deprecated() {
        return Optional.ofNullable(deprecated);
    }

    /** The instrument that replaces this one, if it was renamed: see {@link Builder#renamedTo(String)}. */
    public Optional<String> renamedTo() {
        return Optional.ofNullable(renamedTo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricOptions other && description.equals(other.description) && unit.equals(other.unit)
                && Objects.equals(explicitBucketBoundaries, other.explicitBucketBoundaries)
                && Objects.equals(deprecated, other.deprecated) && Objects.equals(renamedTo, other.renamedTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, unit, explicitBucketBoundaries, deprecated, renamedTo);
    }

    @Override
    public String toString() {
        return "MetricOptions{description='" + description + "', unit='" + unit + "', explicitBucketBoundaries="
                + explicitBucketBoundaries + (deprecated == null ? "" : ", deprecated='" + deprecated + "'")
                + (renamedTo == null ? "" : ", renamedTo='" + renamedTo + "'") + "}";
    }

    /** Builds {@link MetricOptions}; each setter validates its argument at once. */
    public static final class Builder {
        private static final int MAX_UNIT_LENGTH = 63;

        private String description = "";
        private String unit = "";
        private List<Double> explicitBucketBoundaries;
        private String deprecated;
        private String renamedTo;

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

        /**
         * Marks the instrument deprecated, to be removed in a later release: the build's telemetry registry says so
         * ({@code deprecated: {reason: obsoleted}}), which lets the next release remove it without the registry check
         * reporting a breaking change, and its {@code # HELP} text ends with {@code (deprecated: <note>)}.
         *
         * @param note why, and what to use instead, for the operators whose dashboards read it
         * @throws IllegalArgumentException if the note is blank
         */
        public Builder deprecated(String note) {
            Objects.requireNonNull(note, "note");
            if (note.isBlank()) {
                throw new IllegalArgumentException("A deprecation note must say why the instrument is deprecated"
                        + " and what to use instead");
            }
            this.deprecated = note;
            return this;
        }

        /**
         * Marks the instrument deprecated because it is replaced by {@code instrument}, which the code records beside
         * it until a later release removes this one: the registry says {@code deprecated: {reason: renamed,
         * renamed_to: <instrument>}}, and the note is {@code Replaced by <instrument>}.
         *
         * @param instrument the name of the instrument that replaces this one
         * @throws IllegalArgumentException if it is not a valid instrument name
         */
        public Builder renamedTo(String instrument) {
            Objects.requireNonNull(instrument, "instrument");
            if (!instrument.matches(TelemetryService.INSTRUMENT_NAME_PATTERN)) {
                throw new IllegalArgumentException("Invalid instrument name '" + instrument + "' in renamedTo: an"
                        + " instrument name must match " + TelemetryService.INSTRUMENT_NAME_PATTERN);
            }
            this.renamedTo = instrument;
            this.deprecated = "Replaced by " + instrument;
            return this;
        }

        /** The immutable options. */
        public MetricOptions build() {
            return new MetricOptions(this);
        }
    }
}
