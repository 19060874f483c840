package io.quarkiverse.telemetry.runtime.service;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
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
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.BoundDoubleCounter;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundDoubleUpDownCounter;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.BoundLongUpDownCounter;
import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.DirectBoundInstruments;
import io.quarkiverse.telemetry.runtime.metrics.LateBoundMeter;
import io.quarkiverse.telemetry.runtime.tracing.AttributedTracer;
import io.quarkiverse.telemetry.runtime.tracing.LateBoundTracer;

/**
 * A {@link TelemetryService} whose meter and tracer carry one instrumentation scope, and whose spans start with the
 * attributes that attribute them (a plugin's id). It validates what it is asked to create, so a mistake fails at
 * creation with a message, never silently as a no-op instrument.
 */
public class ScopedTelemetryService implements TelemetryService {

    private static final Pattern INSTRUMENT_NAME = Pattern.compile(INSTRUMENT_NAME_PATTERN);

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** The attribute naming the plugin of every span its services start. */
    static final AttributeKey<String> PLUGIN = AttributeKey.stringKey(BackstageNaming.PLUGIN_ATTRIBUTE);

    private final String pluginId;
    private final String scopeName;
    private final LateBoundMeter meter;
    private final LateBoundTracer tracer;
    private final Tracer attributedTracer;
    private final RequestedInstruments requested;
    /** The scope name, or the configured meter name once bound. */
    private volatile String meterName;

    /** @param spanAttributes what every span this service starts carries from its start */
    ScopedTelemetryService(String pluginId, String scopeName, Attributes spanAttributes) {
        this.pluginId = pluginId;
        this.scopeName = scopeName;
        this.meter = new LateBoundMeter();
        this.tracer = new LateBoundTracer();
        this.attributedTracer = new AttributedTracer(tracer, spanAttributes);
        this.requested = new RequestedInstruments();
        this.meterName = scopeName;
    }

    /**
     * A service in the scope of the given plugin's, sharing its meter, tracer and instruments; it asks the plugin for
     * the meter's name, which binding sets on the plugin.
     *
     * @param spanAttributes what every span this service starts carries from its start
     */
    ScopedTelemetryService(ScopedTelemetryService plugin, Attributes spanAttributes) {
        this.pluginId = plugin.pluginId;
        this.scopeName = plugin.scopeName;
        this.meter = plugin.meter;
        this.tracer = plugin.tracer;
        this.attributedTracer = new AttributedTracer(tracer, spanAttributes);
        this.requested = plugin.requested;
    }

    /** A plugin's service, its spans attributed to it. */
    static ScopedTelemetryService ofPlugin(String pluginId) {
        return new ScopedTelemetryService(pluginId, BackstageNaming.pluginScope(pluginId), Attributes.of(PLUGIN, pluginId));
    }

    /** Makes this service's meter and tracer the SDK's. */
    void bindScope(ScopeBinder scopes) {
        meterName = scopes.meterName(pluginId, scopeName);
        meter.bind(scopes.meter(pluginId, scopeName), scopes.advice(pluginId));
        tracer.bind(scopes.tracer(pluginId, scopeName));
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public String meterName() {
        return meterName;
    }

    @Override
    public LongCounter createCounter(String name, MetricOptions options) {
        return describe(meter.counterBuilder(request(name, InstrumentKind.COUNTER, options)), name, options).build();
    }

    @Override
    public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
        return describe(meter.upDownCounterBuilder(request(name, InstrumentKind.UP_DOWN_COUNTER, options)), name, options)
                .build();
    }

    @Override
    public DoubleHistogram createHistogram(String name, MetricOptions options) {
        DoubleHistogramBuilder builder = meter.histogramBuilder(request(name, InstrumentKind.HISTOGRAM, options))
                .setDescription(descriptionOf(name, options))
                .setUnit(options.unit());
        options.explicitBucketBoundaries().ifPresent(builder::setExplicitBucketBoundariesAdvice);
        return builder.build();
    }

    @Override
    public DoubleGauge createGauge(String name, MetricOptions options) {
        return describe(meter.gaugeBuilder(request(name, InstrumentKind.GAUGE, options)), name, options).build();
    }

    @Override
    public ObservableLongCounter createObservableCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return describe(meter.counterBuilder(request(name, InstrumentKind.OBSERVABLE_COUNTER, options)), name, options)
                .buildWithCallback(callback);
    }

    @Override
    public ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return describe(meter.upDownCounterBuilder(request(name, InstrumentKind.OBSERVABLE_UP_DOWN_COUNTER, options)), name,
                options).buildWithCallback(callback);
    }

    @Override
    public ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
            Consumer<ObservableDoubleMeasurement> callback) {
        return describe(meter.gaugeBuilder(request(name, InstrumentKind.OBSERVABLE_GAUGE, options)), name, options)
                .buildWithCallback(callback);
    }

    /**
     * A handle folded into the counter before each collection when the plugin's meter made it (a module's counter
     * binds the plugin's with the module's attribute added), else one recording through the counter.
     */
    @Override
    public BoundLongCounter bind(LongCounter counter, Attributes attributes) {
        return bindThroughModule(counter, attributes, meter.boundInstruments()::bind);
    }

    /** See {@link #bind(LongCounter, Attributes)}. */
    @Override
    public BoundDoubleCounter bind(DoubleCounter counter, Attributes attributes) {
        return meter.boundInstruments().bind(counter, attributes);
    }

    /** See {@link #bind(LongCounter, Attributes)}. */
    @Override
    public BoundLongUpDownCounter bind(LongUpDownCounter counter, Attributes attributes) {
        return bindThroughModule(counter, attributes, meter.boundInstruments()::bind);
    }

    /** See {@link #bind(LongCounter, Attributes)}. */
    @Override
    public BoundDoubleUpDownCounter bind(DoubleUpDownCounter counter, Attributes attributes) {
        return meter.boundInstruments().bind(counter, attributes);
    }

    /**
     * A handle recording in the histogram with the attributes (a module's binds the plugin's with the module's
     * attribute added, once).
     */
    @Override
    public BoundDoubleHistogram bind(DoubleHistogram histogram, Attributes attributes) {
        return bindThroughModule(histogram, attributes, DirectBoundInstruments::of);
    }

    /**
     * Binds a module's instrument as its plugin's, with the module's attribute added to the set once (so views and
     * limits see the series an unbound measurement makes); any other instrument as it is.
     */
    @SuppressWarnings("unchecked")
    private static <I, H> H bindThroughModule(I instrument, Attributes attributes, BiFunction<I, Attributes, H> bind) {
        if (instrument instanceof ModuleMeasurements module) {
            DirectBoundInstruments.requireArguments(instrument, attributes);
            return bind.apply((I) module.pluginInstrument(), module.withModule(attributes));
        }
        return bind.apply(instrument, attributes);
    }

    /**
     * The names of the instruments this service has created (through {@code create*}; not those of
     * {@link #getMeter()}): what the test kit checks a name against before it says nothing was recorded.
     */
    public Set<String> createdInstruments() {
        return requested.names();
    }

    @Override
    public Meter getMeter() {
        return meter;
    }

    /** The plugin's tracer, each span started with the plugin's id (and a module's id). */
    @Override
    public Tracer getTracer() {
        return attributedTracer;
    }

    /** Who creates instruments through this service, as error messages name it. */
    String owner() {
        return "plugin '" + pluginId + "'";
    }

    /** Checks the name and that it names no instrument of another kind or unit in this plugin. */
    private String request(String name, InstrumentKind kind, MetricOptions options) {
        if (name == null || !INSTRUMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid instrument name '" + name + "' in " + owner()
                    + ": an instrument name must match " + INSTRUMENT_NAME_PATTERN
                    + " (a letter, then up to 254 letters, digits, '_', '.', '-' or '/')");
        }
        requested.request(name, kind, options.unit(), owner() + " in " + caller());
        return name;
    }

    /** The first method on the stack outside this extension's runtime: the code that asks for the instrument. */
    private static String caller() {
        return STACK.walk(frames -> frames
                .filter(frame -> !frame.getClassName().startsWith("io.quarkiverse.telemetry.runtime.")
                        && frame.getDeclaringClass() != TelemetryService.class)
                .findFirst()
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .orElse("an unknown class"));
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
     * and the OpenTelemetry name there tells an operator which instrument a Prometheus family comes from. A
     * deprecation is added to it, where the operators whose dashboards read the instrument see it (as Kubernetes marks
     * its deprecated metrics' help text).
     */
    private static String descriptionOf(String name, MetricOptions options) {
        String description = options.description().isEmpty() ? name : options.description();
        return options.deprecated().map(note -> description + " (deprecated: " + note + ")").orElse(description);
    }

    private void requireNoBuckets(String name, MetricOptions options) {
        if (options.explicitBucketBoundaries().isPresent()) {
            throw new IllegalArgumentException("Instrument '" + name + "' of " + owner()
                    + " is given bucket boundaries, but only histograms have buckets: remove them or use createHistogram");
        }
    }
}
