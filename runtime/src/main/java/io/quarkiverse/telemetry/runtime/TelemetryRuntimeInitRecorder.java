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

    /** Builds the SDK (through its CDI bean) and makes every instrument created so far real. */
    public void bindToSdk(RuntimeValue<RootTelemetryService> root) {
        OpenTelemetry openTelemetry = Arc.container().instance(OpenTelemetry.class).get();
        if (root.getValue() instanceof DefaultRootTelemetryService service) {
            service.bind(openTelemetry);
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
