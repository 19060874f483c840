package io.quarkiverse.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MetricOptionsTest {

    @Test
    void optionsAreImmutableCopies() {
        List<Double> boundaries = new ArrayList<>(List.of(0.1, 1.0));
        MetricOptions options = MetricOptions.builder().description("d").unit("s")
                .explicitBucketBoundaries(boundaries).build();
        boundaries.add(5.0);
        assertEquals(Optional.of(List.of(0.1, 1.0)), options.explicitBucketBoundaries());
        assertThrows(UnsupportedOperationException.class, () -> options.explicitBucketBoundaries().get().add(2.0));
        assertEquals(MetricOptions.builder().description("d").unit("s").explicitBucketBoundaries(List.of(0.1, 1.0))
                .build(), options);
    }

    @Test
    void boundariesMustIncreaseStrictly() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> MetricOptions.builder().explicitBucketBoundaries(List.of(1.0, 1.0)));
        assertEquals("Invalid bucket boundaries [1.0, 1.0]: they must be strictly increasing, but 1.0 at index 1"
                + " follows 1.0", error.getMessage());
    }

    @Test
    void boundariesMustBeFinite() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> MetricOptions.builder().explicitBucketBoundaries(Arrays.asList(1.0, Double.POSITIVE_INFINITY)));
        assertEquals("Invalid bucket boundary Infinity at index 1: boundaries must be finite numbers",
                error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MetricOptions.builder().explicitBucketBoundaries(Arrays.asList(1.0, null)));
    }

    @Test
    void unitMustBeShortAscii() {
        var error = assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().unit("µs"));
        assertEquals("Invalid unit 'µs': a unit must be at most 63 ASCII characters", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().unit("x".repeat(64)));
    }

    @Test
    void aDeprecationSaysWhyOrWhatReplacesIt() {
        MetricOptions obsolete = MetricOptions.builder().deprecated("No longer measured").build();
        assertEquals(Optional.of("No longer measured"), obsolete.deprecated());
        assertEquals(Optional.empty(), obsolete.renamedTo());
        MetricOptions renamed = MetricOptions.builder().renamedTo("catalog.entities").build();
        assertEquals(Optional.of("Replaced by catalog.entities"), renamed.deprecated());
        assertEquals(Optional.of("catalog.entities"), renamed.renamedTo());
        assertEquals(Optional.empty(), MetricOptions.NONE.deprecated());

        var blank = assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().deprecated(" "));
        assertEquals("A deprecation note must say why the instrument is deprecated and what to use instead",
                blank.getMessage());
        var invalid = assertThrows(IllegalArgumentException.class, () -> MetricOptions.builder().renamedTo("1st"));
        assertEquals("Invalid instrument name '1st' in renamedTo: an instrument name must match "
                + TelemetryService.INSTRUMENT_NAME_PATTERN, invalid.getMessage());
    }
}
