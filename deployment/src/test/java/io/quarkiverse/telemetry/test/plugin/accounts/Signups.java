package io.quarkiverse.telemetry.test.plugin.accounts;

import static io.opentelemetry.api.common.AttributeKey.stringKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;

/**
 * A plugin that records keys of unbounded values on its metrics, in each way the build can see: a key constant in
 * {@code Attributes.of}, a string key in a builder, a constant attribute set bound, a key inline in a local set;
 * and bounded keys, and a user on a span, which it must not report.
 */
@BackendPlugin("accounts")
@ApplicationScoped
public class Signups {

    static final AttributeKey<String> USER = AttributeKey.stringKey("user");
    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    static final Attributes FIRST_ENTITY = Attributes.of(stringKey("entity.id"), "component:default/first");

    private final TelemetryService telemetry;
    private final LongCounter signups;
    private final DoubleHistogram duration;

    @Inject
    Signups(@PluginTelemetry TelemetryService telemetry) {
        this.telemetry = telemetry;
        this.signups = telemetry.createCounter("accounts.signups");
        this.duration = telemetry.createHistogram("accounts.signup.duration", MetricOptions.builder().unit("s").build());
    }

    public void signedUp(String user, double seconds) {
        signups.add(1, Attributes.of(USER, user, RESULT, "ok"));
        duration.record(seconds, Attributes.builder().put("email", user + "@example.com").put(RESULT, "ok").build());
        telemetry.bind(signups, FIRST_ENTITY).add(1);
        Attributes bySession = Attributes.of(stringKey("session.id"), user.hashCode() + "");
        signups.add(1, bySession);
        signups.add(1, Attributes.of(RESULT, "ok"));
        telemetry.getTracer().spanBuilder("accounts.signup").setAttribute(USER, user).startSpan().end();
    }
}
