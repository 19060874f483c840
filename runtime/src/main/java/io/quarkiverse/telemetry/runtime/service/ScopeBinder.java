package io.quarkiverse.telemetry.runtime.service;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.telemetry.runtime.metrics.InstrumentAdvice;

/** Gives each service the SDK meter and tracer of its scope, as configured for its plugin. */
public interface ScopeBinder {

    /** The name of a service's meter: by default its scope's. */
    default String meterName(String pluginId, String scopeName) {
        return scopeName;
    }

    /** The meter of a service, named {@link #meterName}. */
    Meter meter(String pluginId, String scopeName);

    /** The tracer of a service, named after its scope. */
    Tracer tracer(String pluginId, String scopeName);

    /** What the instruments of a plugin are built with, by instrument name. */
    default InstrumentAdvice advice(String pluginId) {
        return InstrumentAdvice.NONE;
    }

    /** Every scope the SDK's, named after it: what a plain OpenTelemetry instance gives. */
    static ScopeBinder of(OpenTelemetry openTelemetry) {
        return new ScopeBinder() {
            @Override
            public Meter meter(String pluginId, String scopeName) {
                return openTelemetry.getMeterProvider().get(scopeName);
            }

            @Override
            public Tracer tracer(String pluginId, String scopeName) {
                return openTelemetry.getTracerProvider().get(scopeName);
            }
        };
    }
}
