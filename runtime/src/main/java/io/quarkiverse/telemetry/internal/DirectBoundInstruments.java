package io.quarkiverse.telemetry.internal;

import java.util.Objects;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundDoubleUpDownCounter;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongHistogram;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;

/**
 * A bound handle that records every measurement through the instrument with the bound attributes: what an unbound
 * measurement does, at its cost, exemplar included. It serves histograms (which cannot be folded), any
 * {@link io.quarkiverse.telemetry.TelemetryService} that has no faster way (the interface's defaults), and sums this
 * extension cannot fold (not made by the plugin's meter, or beyond the number of folded series a meter keeps). One class
 * serves every kind, as {@code ModuleMeasurements} does: the kinds differ only in the method's name and value type, and
 * each instrument's method is kept as a {@link LongSink} or {@link DoubleSink} ({@code counter::add}).
 */
public final class DirectBoundInstruments implements BoundLongCounter, BoundLongUpDownCounter, BoundLongHistogram,
        BoundDoubleCounter, BoundDoubleUpDownCounter, BoundDoubleHistogram {

    /** An instrument's whole-number measurement: {@code counter::add}, {@code histogram::record}. */
    public interface LongSink {
        void record(long value, Attributes attributes, Context context);
    }

    /** An instrument's measurement: {@code counter::add}, {@code histogram::record}. */
    public interface DoubleSink {
        void record(double value, Attributes attributes, Context context);
    }

    private final LongSink longs;
    private final DoubleSink doubles;
    private final Attributes attributes;

    private DirectBoundInstruments(LongSink longs, DoubleSink doubles, Attributes attributes) {
        this.longs = longs;
        this.doubles = doubles;
        this.attributes = attributes;
    }

    /** A handle adding to the counter. */
    public static DirectBoundInstruments of(LongCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new DirectBoundInstruments(counter::add, null, attributes);
    }

    /** A handle adding to the up-down counter. */
    public static DirectBoundInstruments of(LongUpDownCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new DirectBoundInstruments(counter::add, null, attributes);
    }

    /** A handle recording in the histogram. */
    public static DirectBoundInstruments of(LongHistogram histogram, Attributes attributes) {
        requireArguments(histogram, attributes);
        return new DirectBoundInstruments(histogram::record, null, attributes);
    }

    /** A handle adding to the counter. */
    public static DirectBoundInstruments of(DoubleCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new DirectBoundInstruments(null, counter::add, attributes);
    }

    /** A handle adding to the up-down counter. */
    public static DirectBoundInstruments of(DoubleUpDownCounter counter, Attributes attributes) {
        requireArguments(counter, attributes);
        return new DirectBoundInstruments(null, counter::add, attributes);
    }

    /** A handle recording in the histogram. */
    public static DirectBoundInstruments of(DoubleHistogram histogram, Attributes attributes) {
        requireArguments(histogram, attributes);
        return new DirectBoundInstruments(null, histogram::record, attributes);
    }

    /** Binding is set-up, not recording: a missing argument fails there, naming it. */
    public static void requireArguments(Object instrument, Attributes attributes) {
        Objects.requireNonNull(instrument, "bind: the instrument is null");
        Objects.requireNonNull(attributes, "bind: the attributes are null (use Attributes.empty() for none)");
    }

    @Override
    public void add(long value) {
        longs.record(value, attributes, Context.current());
    }

    @Override
    public void add(long value, Context context) {
        longs.record(value, attributes, context);
    }

    @Override
    public void record(long value) {
        add(value);
    }

    @Override
    public void record(long value, Context context) {
        add(value, context);
    }

    @Override
    public void add(double value) {
        doubles.record(value, attributes, Context.current());
    }

    @Override
    public void add(double value, Context context) {
        doubles.record(value, attributes, context);
    }

    @Override
    public void record(double value) {
        add(value);
    }

    @Override
    public void record(double value, Context context) {
        add(value, context);
    }
}
