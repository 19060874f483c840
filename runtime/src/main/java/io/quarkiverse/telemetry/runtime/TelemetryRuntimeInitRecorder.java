package io.quarkiverse.telemetry.runtime;

import org.jboss.logging.Logger;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.prometheus.PrometheusScrapeBridge;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Run-time init: binds the root service to the SDK of quarkus-opentelemetry and exposes its metrics. */
@Recorder
public class TelemetryRuntimeInitRecorder {

    private static final Logger LOG = Logger.getLogger(TelemetryRuntimeInitRecorder.class);

    /**
     * Builds the SDK (through quarkus-opentelemetry's bean) and makes every instrument created so far real. Without
     * an SDK ({@code quarkus.otel.enabled=false}) the instruments become OpenTelemetry's no-ops, as asked.
     */
    public void bindToSdk(RuntimeValue<RootTelemetryService> root) {
        if (!(root.getValue() instanceof DefaultRootTelemetryService service)) {
            return;
        }
        try (InstanceHandle<OpenTelemetry> sdk = Arc.container().instance(OpenTelemetry.class)) {
            if (sdk.isAvailable()) {
                service.bind(sdk.get());
            } else {
                LOG.info("OpenTelemetry is disabled (quarkus.otel.enabled=false): plugin instruments record nothing");
                service.bind(OpenTelemetry.noop());
            }
        }
    }

    /** Adds the SDK's metrics to the scrape of Micrometer's Prometheus registry at {@code /q/metrics}. */
    public void exposeInPrometheusRegistry() {
        try (InstanceHandle<PrometheusMeterRegistry> registry = Arc.container().instance(PrometheusMeterRegistry.class)) {
            if (!registry.isAvailable()) {
                LOG.warn("No Micrometer Prometheus registry is enabled, so plugin metrics are not served at /q/metrics;"
                        + " enable quarkus.micrometer.export.prometheus.enabled to serve them");
                return;
            }
            Arc.container().instance(PrometheusScrapeBridge.class).get().exposeIn(registry.get());
        }
    }
}
