package io.quarkiverse.telemetry.test.plugin.scaffolder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** A plugin declared on the class; its service comes by constructor injection. */
@BackendPlugin("scaffolder")
@ApplicationScoped
public class ScaffolderTasks {

    private final TelemetryService telemetry;
    private final LongCounter tasks;

    @Inject
    public ScaffolderTasks(@PluginTelemetry TelemetryService telemetry) {
        this.telemetry = telemetry;
        this.tasks = telemetry.createCounter("scaffolder.task.count",
                MetricOptions.builder().description("Tasks run").build());
    }

    public void run() {
        tasks.add(1);
    }

    public TelemetryService telemetry() {
        return telemetry;
    }

    /** A nested class belongs to the plugin of its enclosing class; this one is injected through a method. */
    @ApplicationScoped
    public static class StepRunner {

        TelemetryService telemetry;

        @Inject
        void setTelemetry(@PluginTelemetry TelemetryService telemetry) {
            this.telemetry = telemetry;
        }

        public TelemetryService telemetry() {
            return telemetry;
        }
    }
}
