package io.quarkiverse.telemetry.runtime.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.runtime.annotations.Recorder;

/** Carries what the build's telemetry registry declares into the application under test ({@link DeclaredTelemetry}). */
@Recorder
public class RegistryRecorder {

    /** See {@link DeclaredTelemetry#DeclaredTelemetry}. */
    public Supplier<DeclaredTelemetry> declared(Map<String, Map<String, List<String>>> metricKeys,
            Map<String, List<String>> openMetrics, Map<String, List<String>> spans) {
        return () -> new DeclaredTelemetry(metricKeys, openMetrics, spans);
    }
}
