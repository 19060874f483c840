package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;

/**
 * The bucket boundaries a histogram of doubles gets from its unit when neither its code nor its plugin's configuration
 * gives any. OpenTelemetry's defaults (0, 5, 10, 25 … 10,000) suit milliseconds: a histogram in seconds would count
 * nearly every value in its first buckets (Backstage issue 29339). Seconds ({@code s}, or {@code seconds} as
 * Backstage's catalog writes it) get the semantic conventions' advice for HTTP durations; every other unit keeps
 * OpenTelemetry's defaults, and so do histograms of whole numbers, whose values cannot fall between those boundaries.
 */
public final class UnitDefaultBuckets {

    /**
     * The boundaries OpenTelemetry's SDK gives a histogram that has none, as its metrics SDK specification sets them
     * (explicit bucket histogram aggregation).
     */
    public static final List<Double> OPEN_TELEMETRY = List.of(0.0, 5.0, 10.0, 25.0, 50.0, 75.0, 100.0, 250.0, 500.0,
            750.0, 1000.0, 2500.0, 5000.0, 7500.0, 10000.0);

    /** The semantic conventions' {@code http.server.request.duration} advice, in seconds. */
    public static final List<Double> SECONDS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0,
            7.5, 10.0);

    private UnitDefaultBuckets() {
    }

    /** The boundaries for a histogram of {@code unit} that has none of its own; {@code null} for OpenTelemetry's. */
    public static List<Double> forUnit(String unit) {
        return "s".equals(unit) || "seconds".equals(unit) ? SECONDS : null;
    }
}
