package io.quarkiverse.telemetry.runtime;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.client.CollectorRegistry;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.config.TelemetryConfig;
import io.quarkiverse.telemetry.runtime.config.TelemetrySettings;
import io.quarkiverse.telemetry.runtime.config.UnknownKeys;
import io.quarkiverse.telemetry.runtime.export.TelemetryExports;
import io.quarkiverse.telemetry.runtime.prometheus.MetricSnapshotsCollector;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/** Run-time init: binds the root service to the SDK of quarkus-opentelemetry and starts the exporters. */
@Recorder
public class TelemetryRuntimeInitRecorder {

    private static final Logger LOG = Logger.getLogger(TelemetryRuntimeInitRecorder.class);

    private final RuntimeValue<TelemetryConfig> config;

    public TelemetryRuntimeInitRecorder(RuntimeValue<TelemetryConfig> config) {
        this.config = config;
    }

    /**
     * Builds the SDK (through quarkus-opentelemetry's bean) and makes every instrument created so far real, as
     * {@code telemetry.*} configures it. Without an SDK ({@code quarkus.otel.enabled=false}) or with
     * {@code telemetry.enabled=false} the instruments become OpenTelemetry's no-ops.
     */
    public void bindToSdk(RuntimeValue<RootTelemetryService> root) {
        // First, so that a configuration mistake fails start-up before anything is built.
        TelemetrySettings settings = exports().settings();
        if (!(root.getValue() instanceof DefaultRootTelemetryService service)) {
            return;
        }
        if (!settings.enabled()) {
            service.bind(OpenTelemetry.noop());
            return;
        }
        try (InstanceHandle<OpenTelemetry> sdk = Arc.container().instance(OpenTelemetry.class)) {
            if (sdk.isAvailable()) {
                service.bind(sdk.get(), new ConfiguredScopes(sdk.get(), settings, config.getValue().plugins()));
            } else {
                LOG.info("OpenTelemetry is disabled (quarkus.otel.enabled=false): plugin instruments record nothing");
                service.bind(OpenTelemetry.noop());
            }
        }
    }

    /**
     * Adds the SDK's metrics to the scrape of Micrometer's Prometheus registry at {@code /q/metrics} when that
     * exporter is configured.
     */
    public void exposeInPrometheusRegistry() {
        exports().scrapeReader().ifPresent(reader -> {
            // Into the registry behind Micrometer's, without creating Micrometer's registry (and its binders) now:
            // that is Micrometer's to do when it needs it.
            if (Arc.container().select(PrometheusMeterRegistry.class).isResolvable()) {
                Arc.container().instance(CollectorRegistry.class).get().register(new MetricSnapshotsCollector(reader));
            } else {
                LOG.warn("No Micrometer Prometheus registry is enabled, so plugin metrics are not served at"
                        + " /q/metrics; enable quarkus.micrometer.export.prometheus.enabled, or give the"
                        + " prometheus exporter a port");
            }
        });
    }

    /** Warns, in one message, of the {@code telemetry.*} keys that configure nothing. */
    public void warnOfUnknownKeys(List<String> keyPatterns, Set<String> pluginIds) {
        Set<String> unknown = new UnknownKeys(keyPatterns, pluginIds)
                .in(ConfigProvider.getConfig().getPropertyNames());
        if (!unknown.isEmpty()) {
            LOG.warnf("These telemetry keys configure nothing and are ignored (a typo, or a plugin this application"
                    + " does not have; plugins: %s): %s", new TreeSet<>(pluginIds), String.join(", ", unknown));
        }
    }

    private static TelemetryExports exports() {
        return Arc.container().instance(TelemetryExports.class).get();
    }
}
