package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongHistogramBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/**
 * A {@link DoubleHistogram} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundDoubleHistogram extends LateBound<DoubleHistogram> implements DoubleHistogram {

    LateBoundDoubleHistogram(String name, Function<Meter, DoubleHistogram> factory) {
        super(name, factory);
    }

    @Override
    public void record(double value) {
        record(value, Attributes.empty());
    }

    @Override
    public void record(double value, Attributes attributes) {
        DoubleHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes);
        } else {
            defer(i -> i.record(value, attributes));
        }
    }

    @Override
    public void record(double value, Attributes attributes, Context context) {
        DoubleHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes, context);
        } else {
            defer(i -> i.record(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundDoubleHistogramBuilder extends LateBoundInstrumentBuilder<LateBoundDoubleHistogramBuilder>
            implements DoubleHistogramBuilder {
        LateBoundDoubleHistogramBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static DoubleHistogramBuilder real(Meter m, InstrumentSpec s) {
            DoubleHistogramBuilder builder = LateBoundInstrumentBuilder.describe(m.histogramBuilder(s.name()), s,
                    DoubleHistogramBuilder::setDescription, DoubleHistogramBuilder::setUnit);
            List<Double> boundaries = s.bucketBoundaries() != null
                    ? s.bucketBoundaries().stream().map(Number::doubleValue).toList()
                    : UnitDefaultBuckets.forUnit(s.unit());
            return boundaries == null ? builder : builder.setExplicitBucketBoundariesAdvice(boundaries);
        }

        @Override
        public DoubleHistogramBuilder setExplicitBucketBoundariesAdvice(List<Double> bucketBoundaries) {
            return setBucketBoundaries(bucketBoundaries);
        }

        @Override
        public LongHistogramBuilder ofLongs() {
            return new LateBoundLongHistogram.LateBoundLongHistogramBuilder(meter, spec);
        }

        @Override
        public DoubleHistogram build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundDoubleHistogram::new);
        }
    }
}
