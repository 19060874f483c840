package io.quarkiverse.telemetry.test.inventory.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** A second plugin, declared on its class, with one instrument and the deprecated one it replaces. */
@BackendPlugin("billing")
@ApplicationScoped
public class Invoices {

    private final LongUpDownCounter pending;
    private final LongUpDownCounter open;

    @Inject
    Invoices(@PluginTelemetry TelemetryService telemetry) {
        pending = telemetry.createUpDownCounter("billing.invoices.pending");
        open = telemetry.createUpDownCounter("billing.invoices.open",
                MetricOptions.builder().renamedTo("billing.invoices.pending").build());
    }

    public void issued() {
        pending.add(1);
        open.add(1);
    }
}
