package io.quarkiverse.telemetry;

import java.util.Optional;
import java.util.function.Consumer;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.telemetry.internal.DirectBoundInstruments;

/**
 * The telemetry of one backend plugin: the instruments it creates carry the instrumentation scope
 * {@code backstage-plugin-<pluginId>} (see {@link BackstageNaming}), so every series it emits is attributed to it.
 * <p>
 * Inject it with {@code @Inject @PluginTelemetry TelemetryService telemetry;} in a class that belongs to a plugin
 * (see {@link BackendPlugin}), or obtain it with {@link RootTelemetryService#forPlugin(String)}.
 * <p>
 * Instruments are real whenever they are created, even before the OpenTelemetry SDK has started: what is recorded
 * before the start is delivered with the first collection. Instrument names follow OpenTelemetry's syntax
 * ({@value #INSTRUMENT_NAME_PATTERN}); an invalid name or option throws {@link IllegalArgumentException} at creation,
 * never at record time.
 */
public interface TelemetryService {

    /** The syntax OpenTelemetry requires of an instrument name. */
    String INSTRUMENT_NAME_PATTERN = "[A-Za-z][A-Za-z0-9_./-]{0,254}";

    /** The id of the plugin this service belongs to. */
    String pluginId();

    /** The id of the module this service belongs to (see {@link BackendPluginModule}); empty for a plugin's own. */
    default Optional<String> moduleId() {
        return Optional.empty();
    }

    /**
     * The name of this service's meter: the instrumentation scope its metrics are exported under
     * ({@code otel_scope_name}), {@code backstage-plugin-<pluginId>} unless {@code telemetry.plugins."<id>".meter.name}
     * names another (spans: {@code tracer.name}).
     */
    default String meterName() {
        return BackstageNaming.pluginScope(pluginId());
    }

    /** A monotonic counter of whole numbers, such as requests served. */
    default LongCounter createCounter(String name) {
        return createCounter(name, MetricOptions.NONE);
    }

    /** A monotonic counter of whole numbers with a description and unit. */
    LongCounter createCounter(String name, MetricOptions options);

    /** A counter that may go up and down, such as items in a queue. */
    default LongUpDownCounter createUpDownCounter(String name) {
        return createUpDownCounter(name, MetricOptions.NONE);
    }

    /** A counter that may go up and down, with a description and unit. */
    LongUpDownCounter createUpDownCounter(String name, MetricOptions options);

    /** A distribution of values, such as durations. */
    default DoubleHistogram createHistogram(String name) {
        return createHistogram(name, MetricOptions.NONE);
    }

    /**
     * A distribution of values with a description, unit and, optionally, explicit bucket boundaries. Without them, a
     * histogram in seconds (unit {@code s} or {@code seconds}) gets seconds buckets (0.005 to 10, the semantic
     * conventions' advice for durations); other units get OpenTelemetry's defaults, made for milliseconds.
     */
    DoubleHistogram createHistogram(String name, MetricOptions options);

    /** A value that is set rather than added to, such as a temperature. */
    default DoubleGauge createGauge(String name) {
        return createGauge(name, MetricOptions.NONE);
    }

    /** A value that is set rather than added to, with a description and unit. */
    DoubleGauge createGauge(String name, MetricOptions options);

    /**
     * A monotonic counter whose value the callback reports at each collection. Close the returned handle to stop
     * the callbacks.
     */
    default ObservableLongCounter createObservableCounter(String name, Consumer<ObservableLongMeasurement> callback) {
        return createObservableCounter(name, MetricOptions.NONE, callback);
    }

    /** A monotonic counter whose value the callback reports at each collection, with a description and unit. */
    ObservableLongCounter createObservableCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback);

    /** An up-down counter whose value the callback reports at each collection. */
    default ObservableLongUpDownCounter createObservableUpDownCounter(String name,
            Consumer<ObservableLongMeasurement> callback) {
        return createObservableUpDownCounter(name, MetricOptions.NONE, callback);
    }

    /** An up-down counter whose value the callback reports at each collection, with a description and unit. */
    ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback);

    /** A gauge whose value the callback reports at each collection. */
    default ObservableDoubleGauge createObservableGauge(String name, Consumer<ObservableDoubleMeasurement> callback) {
        return createObservableGauge(name, MetricOptions.NONE, callback);
    }

    /** A gauge whose value the callback reports at each collection, with a description and unit. */
    ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
            Consumer<ObservableDoubleMeasurement> callback);

    /**
     * The counter's measurements for one attribute set known in advance: on a hot path, far cheaper than
     * {@code counter.add(value, attributes)}, with the same series, views and limits (a module's attribute included).
     * Bind once and keep the handle, like the counter; binding the same set again gives the same series.
     *
     * <pre>
     * BoundLongCounter processed = telemetry.bind(counter, Attributes.of(RESULT, "ok"));
     * processed.add(1);
     * </pre>
     *
     * A handle bound before the SDK starts works at once, like the instrument. Its measurements are kept in the handle
     * and added to the counter just before each collection, for every reader: a bound {@code add(value)} takes no
     * exemplar. A service that cannot do better (the default) records each measurement through the counter.
     *
     * @throws NullPointerException if the counter or the attributes are null
     */
    default BoundLongCounter bind(LongCounter counter, Attributes attributes) {
        return DirectBoundInstruments.of(counter, attributes);
    }

    /**
     * The double counter's measurements for one attribute set known in advance; see
     * {@link #bind(LongCounter, Attributes)}.
     *
     * @throws NullPointerException if the counter or the attributes are null
     */
    default BoundDoubleCounter bind(DoubleCounter counter, Attributes attributes) {
        return DirectBoundInstruments.of(counter, attributes);
    }

    /**
     * The up-down counter's measurements for one attribute set known in advance; see
     * {@link #bind(LongCounter, Attributes)}: folded the same way, including adds that sum to zero.
     *
     * @throws NullPointerException if the counter or the attributes are null
     */
    default BoundLongUpDownCounter bind(LongUpDownCounter counter, Attributes attributes) {
        return DirectBoundInstruments.of(counter, attributes);
    }

    /**
     * The double up-down counter's measurements for one attribute set known in advance; see
     * {@link #bind(LongUpDownCounter, Attributes)}.
     *
     * @throws NullPointerException if the counter or the attributes are null
     */
    default BoundDoubleUpDownCounter bind(DoubleUpDownCounter counter, Attributes attributes) {
        return DirectBoundInstruments.of(counter, attributes);
    }

    /**
     * The histogram's measurements for one attribute set known in advance. Unlike a counter's, each measurement is
     * recorded in the histogram at once, exemplar included: a distribution cannot be folded exactly through
     * OpenTelemetry's API. Binding saves a module's attribute lookup; otherwise a record costs what an unbound one
     * does.
     *
     * @throws NullPointerException if the histogram or the attributes are null
     */
    default BoundDoubleHistogram bind(DoubleHistogram histogram, Attributes attributes) {
        return DirectBoundInstruments.of(histogram, attributes);
    }

    /**
     * The long histogram's measurements for one attribute set known in advance; see
     * {@link #bind(DoubleHistogram, Attributes)}.
     *
     * @throws NullPointerException if the histogram or the attributes are null
     */
    default BoundLongHistogram bind(LongHistogram histogram, Attributes attributes) {
        return DirectBoundInstruments.of(histogram, attributes);
    }

    /**
     * The plugin's meter, for instrument kinds the methods above do not cover. Like them, it is usable before the SDK
     * has started.
     */
    Meter getMeter();

    /**
     * The plugin's tracer: every span it starts carries {@value BackstageNaming#PLUGIN_ATTRIBUTE} (and a module's
     * {@value BackstageNaming#MODULE_ATTRIBUTE}), so a plugin's spans can be found in any backend. Spans started
     * before the SDK has started are not recorded (there is nothing yet to export them to); every span started
     * afterwards is.
     */
    Tracer getTracer();

    /**
     * Runs {@code work} in a new span of this plugin, child of the current span (such as the incoming request's). The
     * span is current while the work runs, so spans, logs and measurements inside it are tied to it, and it ends by
     * itself: when the work returns, or, for a {@link java.util.concurrent.CompletionStage} or a Mutiny {@code Uni},
     * when that completes. A failure is recorded on the span (an exception event, and {@code error.type}: the
     * exception's class name, as the semantic conventions ask), which gets status ERROR; the failure passes on
     * unchanged.
     *
     * <pre>
     * Entity entity = telemetry.startActiveSpan("catalog.refresh", span -&gt; {
     *     span.setAttribute("entity.ref", ref);
     *     return refresh(ref);
     * });
     * </pre>
     *
     * @param name the span name
     * @param work the work; what it returns is returned
     */
    default <T, E extends Throwable> T startActiveSpan(String name, SpanWork<T, E> work) throws E {
        return startActiveSpan(name, SpanOptions.DEFAULT, work);
    }

    /**
     * {@link #startActiveSpan(String, SpanWork)} with a span kind and starting attributes.
     *
     * @param name the span name
     * @param options the span's kind and attributes
     * @param work the work; what it returns is returned
     */
    default <T, E extends Throwable> T startActiveSpan(String name, SpanOptions options, SpanWork<T, E> work) throws E {
        return ActiveSpans.run(getTracer(), name, options, work);
    }
}
