package io.quarkiverse.telemetry.runtime.metrics;

import java.util.List;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongHistogramBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;

/**
 * A {@link LongHistogram} created before the SDK started; see {@link LateBound}. Before binding, the implicit context is not
 * looked up: reading it could initialise OpenTelemetry's context storage during static init, and without an SDK
 * there is no sampled span to take an exemplar from.
 */
final class LateBoundLongHistogram extends LateBound<LongHistogram> implements LongHistogram {

    LateBoundLongHistogram(String name, Function<Meter, LongHistogram> factory) {
        super(name, factory);
    }

    @Override
    public void record(long value) {
        record(value, Attributes.empty());
    }

    @Override
    public void record(long value, Attributes attributes) {
        LongHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes);
        } else {
            defer(i -> i.record(value, attributes));
        }
    }

    @Override
    public void record(long value, Attributes attributes, Context context) {
        LongHistogram instrument = real;
        if (instrument != null) {
            instrument.record(value, attributes, context);
        } else {
            defer(i -> i.record(value, attributes, context));
        }
    }

    /** Records what the instrument is built with; see {@link LateBoundInstrumentBuilder}. */
    static final class LateBoundLongHistogramBuilder extends LateBoundInstrumentBuilder<LateBoundLongHistogramBuilder>
            implements LongHistogramBuilder {
        LateBoundLongHistogramBuilder(LateBoundMeter meter, InstrumentSpec spec) {
            super(meter, spec);
        }

        private static LongHistogramBuilder real(Meter m, InstrumentSpec s) {
            LongHistogramBuilder builder = LateBoundInstrumentBuilder.describe(m.histogramBuilder(s.name()).ofLongs(), s,
                    LongHistogramBuilder::setDescription, LongHistogramBuilder::setUnit);
            return s.bucketBoundaries() == null ? builder
                    : builder.setExplicitBucketBoundariesAdvice(
                            s.bucketBoundaries().stream().map(Number::longValue).distinct().toList());
        }

        @Override
        public LongHistogramBuilder setExplicitBucketBoundariesAdvice(List<Long> bucketBoundaries) {
            return setBucketBoundaries(bucketBoundaries);
        }

        @Override
        public LongHistogram build() {
            return instrument((m, s) -> real(m, s).build(), LateBoundLongHistogram::new);
        }
    }
}
