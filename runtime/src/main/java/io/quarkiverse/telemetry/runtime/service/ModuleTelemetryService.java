package io.quarkiverse.telemetry.runtime.service;

import java.util.Optional;
import java.util.function.Consumer;

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
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.MetricOptions;

/**
 * The service of a module of a plugin: the plugin's scope and instruments, with the module's id added as
 * {@value BackstageNaming#MODULE_ATTRIBUTE} to every measurement it records (through {@link ModuleMeasurements}) and
 * every span it starts, beside the plugin's id. Instruments built through {@link #getMeter()} are the plugin's,
 * without the attribute.
 */
final class ModuleTelemetryService extends ScopedTelemetryService {

    private final ScopedTelemetryService plugin;
    private final String moduleId;
    private final ModuleAttributes module;

    ModuleTelemetryService(ScopedTelemetryService plugin, String moduleId) {
        super(plugin, Attributes.of(PLUGIN, plugin.pluginId(), ModuleAttributes.MODULE, moduleId));
        this.plugin = plugin;
        this.moduleId = moduleId;
        this.module = new ModuleAttributes(moduleId);
    }

    @Override
    public Optional<String> moduleId() {
        return Optional.of(moduleId);
    }

    @Override
    public String meterName() {
        return plugin.meterName();
    }

    @Override
    String owner() {
        return "module '" + moduleId + "' of plugin '" + pluginId() + "'";
    }

    @Override
    public LongCounter createCounter(String name, MetricOptions options) {
        LongCounter counter = super.createCounter(name, options);
        return ModuleMeasurements.ofLongs(counter, module, counter::add, counter::add);
    }

    @Override
    public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
        LongUpDownCounter counter = super.createUpDownCounter(name, options);
        return ModuleMeasurements.ofLongs(counter, module, counter::add, counter::add);
    }

    @Override
    public DoubleHistogram createHistogram(String name, MetricOptions options) {
        DoubleHistogram histogram = super.createHistogram(name, options);
        return ModuleMeasurements.ofDoubles(histogram, module, histogram::record, histogram::record);
    }

    @Override
    public DoubleGauge createGauge(String name, MetricOptions options) {
        DoubleGauge gauge = super.createGauge(name, options);
        return ModuleMeasurements.ofDoubles(gauge, module, gauge::set, gauge::set);
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
        return ModuleMeasurements.ofLongs(measurement, module, measurement::record,
                (value, attributes, context) -> measurement
                        .record(value, attributes));
    }

    private ObservableDoubleMeasurement withModule(ObservableDoubleMeasurement measurement) {
        return ModuleMeasurements.ofDoubles(measurement, module, measurement::record,
                (value, attributes, context) -> measurement
                        .record(value, attributes));
    }
}
