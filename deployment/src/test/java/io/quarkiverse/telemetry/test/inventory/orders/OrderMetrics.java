package io.quarkiverse.telemetry.test.inventory.orders;

import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.TelemetryService;

/** A helper with no injection point of its own, called with a plugin's service. */
public final class OrderMetrics {

    private OrderMetrics() {
    }

    public static LongCounter requests(TelemetryService telemetry) {
        return telemetry.createCounter("orders.requests",
                MetricOptions.builder().description("Requests served").build());
    }
}
