package io.quarkiverse.telemetry.runtime;

import java.util.Optional;
import java.util.function.Consumer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.SpanWork;
import io.quarkiverse.telemetry.TelemetryService;

/**
 * The service of a module of a plugin: the plugin's scope and instruments, with the module's id added as
 * {@value TelemetryService#MODULE_ATTRIBUTE} to every measurement it records and every span it starts with
 * {@code startActiveSpan}. Instruments built through {@link #getMeter()} are the plugin's, without the attribute.
 */
final class ModuleTelemetryService extends ScopedTelemetryService {

    private static final AttributeKey<String> MODULE = AttributeKey.stringKey(MODULE_ATTRIBUTE);

    private final String moduleId;
    private final Attributes moduleOnly;

    ModuleTelemetryService(ScopedTelemetryService plugin, String moduleId) {
        super(plugin);
        this.moduleId = moduleId;
        this.moduleOnly = Attributes.of(MODULE, moduleId);
    }

    @Override
    public Optional<String> moduleId() {
        return Optional.of(moduleId);
    }

    @Override
    String owner() {
        return "module '" + moduleId + "' of plugin '" + pluginId() + "'";
    }

    private Attributes withModule(Attributes attributes) {
        return attributes.isEmpty() ? moduleOnly : attributes.toBuilder().put(MODULE, moduleId).build();
    }

    @Override
    public LongCounter createCounter(String name, MetricOptions options) {
        LongCounter counter = super.createCounter(name, options);
        return new LongCounter() {
            @Override
            public void add(long value) {
                counter.add(value, moduleOnly);
            }

            @Override
            public void add(long value, Attributes attributes) {
                counter.add(value, withModule(attributes));
            }

            @Override
            public void add(long value, Attributes attributes, Context context) {
                counter.add(value, withModule(attributes), context);
            }
        };
    }

    @Override
    public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
        LongUpDownCounter counter = super.createUpDownCounter(name, options);
        return new LongUpDownCounter() {
            @Override
            public void add(long value) {
                counter.add(value, moduleOnly);
            }

            @Override
            public void add(long value, Attributes attributes) {
                counter.add(value, withModule(attributes));
            }

            @Override
            public void add(long value, Attributes attributes, Context context) {
                counter.add(value, withModule(attributes), context);
            }
        };
    }

    @Override
    public DoubleHistogram createHistogram(String name, MetricOptions options) {
        DoubleHistogram histogram = super.createHistogram(name, options);
        return new DoubleHistogram() {
            @Override
            public void record(double value) {
                histogram.record(value, moduleOnly);
            }

            @Override
            public void record(double value, Attributes attributes) {
                histogram.record(value, withModule(attributes));
            }

            @Override
            public void record(double value, Attributes attributes, Context context) {
                histogram.record(value, withModule(attributes), context);
            }
        };
    }

    @Override
    public DoubleGauge createGauge(String name, MetricOptions options) {
        DoubleGauge gauge = super.createGauge(name, options);
        return new DoubleGauge() {
            @Override
            public void set(double value) {
                gauge.set(value, moduleOnly);
            }

            @Override
            public void set(double value, Attributes attributes) {
                gauge.set(value, withModule(attributes));
            }

            @Override
            public void set(double value, Attributes attributes, Context context) {
                gauge.set(value, withModule(attributes), context);
            }
        };
    }

    @Override
    public ObservableLongCounter createObservableCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return super.createObservableCounter(name, options, measurement -> callback.accept(withModule(measurement)));
    }

    @Override
    public ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
            Consumer<ObservableLongMeasurement> callback) {
        return super.createObservableUpDownCounter(name, options,
                measurement -> callback.accept(withModule(measurement)));
    }

    @Override
    public ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
            Consumer<ObservableDoubleMeasurement> callback) {
        return super.createObservableGauge(name, options, measurement -> callback.accept(withModule(measurement)));
    }

    private ObservableLongMeasurement withModule(ObservableLongMeasurement measurement) {
        return new ObservableLongMeasurement() {
            @Override
            public void record(long value) {
                measurement.record(value, moduleOnly);
            }

            @Override
            public void record(long value, Attributes attributes) {
                measurement.record(value, withModule(attributes));
            }
        };
    }

    private ObservableDoubleMeasurement withModule(ObservableDoubleMeasurement measurement) {
        return new ObservableDoubleMeasurement() {
            @Override
            public void record(double value) {
                measurement.record(value, moduleOnly);
            }

            @Override
            public void record(double value, Attributes attributes) {
                measurement.record(value, withModule(attributes));
            }
        };
    }

    @Override
    public <T, E extends Throwable> T startActiveSpan(String name, SpanOptions options, SpanWork<T, E> work) throws E {
        return super.startActiveSpan(name, SpanOptions.builder().kind(options.kind())
                .attributes(options.attributes()).attribute(MODULE, moduleId).build(), work);
    }
}
