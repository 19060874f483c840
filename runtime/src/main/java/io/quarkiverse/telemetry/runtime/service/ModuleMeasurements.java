package io.quarkiverse.telemetry.runtime.service;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * A module's view of one of its plugin's instruments, or of an observable measurement in a callback: every
 * measurement goes to the plugin's with the module's attribute added. One class serves every kind because the API's
 * kinds differ only in the method's name ({@code add}, {@code record}, {@code set}) and value type; a module's service
 * hands it out as the one kind it was made for.
 */
final class ModuleMeasurements implements LongCounter, LongUpDownCounter, DoubleHistogram, DoubleGauge,
        ObservableLongMeasurement, ObservableDoubleMeasurement {

    /** A whole-number measurement with the implicit context. */
    interface LongRecording {
        void record(long value, Attributes attributes);
    }

    /** A whole-number measurement with an explicit context. */
    interface LongRecordingInContext {
        void record(long value, Attributes attributes, Context context);
    }

    /** A measurement with the implicit context. */
    interface DoubleRecording {
        void record(double value, Attributes attributes);
    }

    /** A measurement with an explicit context. */
    interface DoubleRecordingInContext {
        void record(double value, Attributes attributes, Context context);
    }

    private final Object pluginInstrument;
    private final ModuleAttributes module;
    private final LongRecording longs;
    private final LongRecordingInContext longsInContext;
    private final DoubleRecording doubles;
    private final DoubleRecordingInContext doublesInContext;

    private ModuleMeasurements(Object pluginInstrument, ModuleAttributes module, LongRecording longs,
            LongRecordingInContext longsInContext, DoubleRecording doubles, DoubleRecordingInContext doublesInContext) {
        this.pluginInstrument = pluginInstrument;
        this.module = module;
        this.longs = longs;
        this.longsInContext = longsInContext;
        this.doubles = doubles;
        this.doublesInContext = doublesInContext;
    }

    /**
     * For a counter or up-down counter ({@code counter, counter::add, counter::add}), or a long observable
     * measurement.
     */
    static ModuleMeasurements ofLongs(Object pluginInstrument, ModuleAttributes module, LongRecording longs,
            LongRecordingInContext inContext) {
        return new ModuleMeasurements(pluginInstrument, module, longs, inContext, null, null);
    }

    /** For a histogram ({@code ::record}) or gauge ({@code ::set}), or a double observable measurement. */
    static ModuleMeasurements ofDoubles(Object pluginInstrument, ModuleAttributes module, DoubleRecording doubles,
            DoubleRecordingInContext inContext) {
        return new ModuleMeasurements(pluginInstrument, module, null, null, doubles, inContext);
    }

    /** The plugin's instrument the measurements go to. */
    Object pluginInstrument() {
        return pluginInstrument;
    }

    /** The attributes with the module's added. */
    Attributes withModule(Attributes attributes) {
        return module.with(attributes);
    }

    // Counters and long observable measurements

    @Override
    public void add(long value) {
        longs.record(value, module.moduleOnly());
    }

    @Override
    public void add(long value, Attributes attributes) {
        longs.record(value, module.with(attributes));
    }

    @Override
    public void add(long value, Attributes attributes, Context context) {
        longsInContext.record(value, module.with(attributes), context);
    }

    @Override
    public void record(long value) {
        add(value);
    }

    @Override
    public void record(long value, Attributes attributes) {
        add(value, attributes);
    }

    // Histograms, gauges and double observable measurements

    @Override
    public void record(double value) {
        doubles.record(value, module.moduleOnly());
    }

    @Override
    public void record(double value, Attributes attributes) {
        doubles.record(value, module.with(attributes));
    }

    @Override
    public void record(double value, Attributes attributes, Context context) {
        doublesInContext.record(value, module.with(attributes), context);
    }

    @Override
    public void set(double value) {
        record(value);
    }

    @Override
    public void set(double value, Attributes attributes) {
        record(value, attributes);
    }

    @Override
    public void set(double value, Attributes attributes, Context context) {
        record(value, attributes, context);
    }
}
