package io.quarkiverse.telemetry.it;

import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.TelemetryService;

/**
 * An instrument every plugin of the demo creates under the same name: the scrape shows one family whose series differ
 * by {@code otel_scope_name}. Defined once so that the plugins cannot drift apart in its description or unit.
 */
public final class PluginRequests {

    private PluginRequests() {
    }

    /** The requests counter in the given plugin's scope. */
    public static LongCounter counter(TelemetryService telemetry) {
        return telemetry.createCounter("plugin.requests",
                MetricOptions.builder().description("Requests a plugin served").build());
    }
}
