package io.quarkiverse.telemetry.runtime;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.runtime.metrics.LateBoundMeter;
import io.quarkiverse.telemetry.runtime.tracing.LateBoundTracer;

/**
 * A {@link TelemetryService} whose meter and tracer carry one instrumentation scope. It validates what it is asked to
 * create, so a mistake fails at creation with a message, never silently as a no-op instrument.
 */
public class ScopedTelemetryService implements TelemetryService {

    private static final Pattern INSTRUMENT_NAME = Pattern.compile(INSTRUMENT_NAME_PATTERN);

    private final String pluginId;
    private final String scopeName;
    private final LateBoundMeter meter = new LateBoundMeter();
    private final LateBoundTracer tracer = new LateBoundTracer();

    ScopedTelemetryService(String pluginId, String scopeName) {
        this.pluginId = pluginId;
        this.scopeName = scopeName;
    }

    /** Makes this service's meter and tracer the SDK's. */
    void bindScope(ScopeBinder scopes) {
        meter.bind(scopes.meter(pluginId, scopeName));
        tracer.bind(scopes.tracer(pluginId, scopeName));
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public LongCounter createCounter(String name, MetricOptions options) {
        return describe(meter.counterBuilder(validName(name)), name, options).build();
    }

    @Override
    public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
        return describe(meter.upDownCounterBuilder(validName(name)), name, options).build();
    }

    @Override
    public DoubleHistogram createHistogram(String name, MetricOptions options) {
        DoubleHistogramBuilder builder = meter.histogramBuilder(validName(name))
                .setDescription(descriptionOf(name, options))
                .setUnit(options.unit());
        options.explicitBucketBoundaries().ifPresent(builder::setExplicitBucketBoundariesAdvice);
        return builder.build();
    }

    @Override
    public DoubleGauge createGauge(String name, MetricOptions options) {
        return describe(meter.gaugeBuilder(validName(name)), name, options).build();
    }

    @Override
    public ObservableLongCounter createObservableCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return describe(meter.counterBuilder(validName(name)), name, options).buildWithCallback(callback);
    }

    @Override
    public ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return describe(meter.upDownCounterBuilder(validName(name)), name, options).buildWithCallback(callback);
    }

    @Override
    public ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
            Consumer<ObservableDoubleMeasurement> callback) {
        return describe(meter.gaugeBuilder(validName(name)), name, options).buildWithCallback(callback);
    }

    @Override
    public Meter getMeter() {
        return meter;
    }

    @Override
    public Tracer getTracer() {
        return tracer;
    }

    private String validName(String name) {
        if (name == null || !INSTRUMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid instrument name '" + name + "' in plugin '" + pluginId
                    + "': an instrument name must match " + INSTRUMENT_NAME_PATTERN
                    + " (a letter, then up to 254 letters, digits, '_', '.', '-' or '/')");
        }
        return name;
    }

    private LongCounterBuilder describe(LongCounterBuilder builder, String name, MetricOptions options) {
        requireNoBuckets(name, options);
        return builder.setDescription(descriptionOf(name, options)).setUnit(options.unit());
    }

    private LongUpDownCounterBuilder describe(LongUpDownCounterBuilder builder, String name, MetricOptions options) {
        requireNoBuckets(name, options);
        return builder.setDescription(descriptionOf(name, options)).setUnit(options.unit());
    }

    private DoubleGaugeBuilder describe(DoubleGaugeBuilder builder, String name, MetricOptions options) {
        requireNoBuckets(name, options);
        return builder.setDescription(descriptionOf(name, options)).setUnit(options.unit());
    }

    /**
     * The description, else the instrument's name: Prometheus shows it as {@code # HELP}, which its lint requires,
     * and the OpenTelemetry name there tells an operator which instrument a Prometheus family comes from.
     */
    private static String descriptionOf(String name, MetricOptions options) {
        return options.description().isEmpty() ? name : options.description();
    }

    private void requireNoBuckets(String name, MetricOptions options) {
        if (options.explicitBucketBoundaries().isPresent()) {
            throw new IllegalArgumentException("Instrument '" + name + "' of plugin '" + pluginId
                    + "' is given bucket boundaries, but only histograms have buckets: remove them or use createHistogram");
        }
    }
}
