package io.quarkiverse.telemetry.test.devui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.runtime.StartupEvent;

/** A plugin that checks out at start-up: a counter, a span, and a counter whose name is computed at run time. */
@BackendPlugin("shop")
@ApplicationScoped
public class Checkout {

    @Inject
    @PluginTelemetry
    TelemetryService telemetry;

    void checkOut(@Observes StartupEvent start) {
        LongCounter checkouts = telemetry.createCounter("shop.checkouts");
        telemetry.startActiveSpan("shop.checkout", span -> {
            checkouts.add(2, Attributes.of(AttributeKey.stringKey("result"), "ok"));
            return null;
        });
        String region = System.getProperty("shop.region", "eu");
        telemetry.createCounter("shop.region." + region).add(1);
    }
}
