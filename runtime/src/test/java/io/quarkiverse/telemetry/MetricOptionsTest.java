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
}
