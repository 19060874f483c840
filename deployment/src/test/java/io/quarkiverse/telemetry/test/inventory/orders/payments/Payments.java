package io.quarkiverse.telemetry.test.inventory.orders.payments;

import static io.opentelemetry.api.common.AttributeKey.stringKey;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/** A module's instrument and span, from a service injected into a field and used in a method. */
@ApplicationScoped
public class Payments {

    @PluginTelemetry
    TelemetryService telemetry;

    public void paid(String method) {
        Span authorization = telemetry.getTracer().spanBuilder("orders.payments.authorize")
                .setSpanKind(SpanKind.CLIENT).startSpan();
        telemetry.createCounter("orders.payments").add(1, Attributes.of(stringKey("method"), method));
        authorization.end();
    }
}
