package io.quarkiverse.telemetry.runtime.config;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Makes each {@code telemetry.instrumentations.*} toggle the value of the Quarkus keys it stands for, unless the
 * application gives such a key a value itself. Registered as a service, so it serves the build-time and the run-time
 * configuration alike.
 */
@Priority(Priorities.LIBRARY + 400)
public class InstrumentationsInterceptor implements ConfigSourceInterceptor {

    private static final String PREFIX = "telemetry.instrumentations.";

    /** Quarkus key → the telemetry toggle that sets it. The configuration guide shows this table. */
    static final Map<String, String> TOGGLES = Map.ofEntries(
            Map.entry("quarkus.otel.instrument.vertx-http", PREFIX + "http"),
            Map.entry("quarkus.otel.instrument.rest", PREFIX + "rest"),
            Map.entry("quarkus.otel.instrument.resteasy", PREFIX + "rest"),
            Map.entry("quarkus.otel.instrument.resteasy-client", PREFIX + "rest-client"),
            Map.entry("quarkus.otel.instrument.grpc", PREFIX + "grpc"),
            Map.entry("quarkus.otel.instrument.messaging", PREFIX + "messaging"),
            Map.entry("quarkus.otel.instrument.vertx-event-bus", PREFIX + "event-bus"),
            Map.entry("quarkus.otel.instrument.vertx-sql-client", PREFIX + "sql-client"),
            Map.entry("quarkus.otel.instrument.vertx-redis-client", PREFIX + "redis-client"),
            Map.entry("quarkus.otel.instrument.jvm-metrics", PREFIX + "jvm-metrics"),
            Map.entry("quarkus.otel.instrument.http-server-metrics", PREFIX + "http-server-metrics"));

    /** {@code quarkus.datasource.jdbc.telemetry} of the default datasource or of a named one. */
    private static final Pattern DATASOURCE_TELEMETRY = Pattern
            .compile("quarkus\\.datasource\\.(\"[^\"]+\"\\.|[^.\"]+\\.)?jdbc\\.telemetry");
    private static final String JDBC = PREFIX + "jdbc";

    /**
     * The lowest ordinal of a source the application writes (MicroProfile's {@code microprofile-config.properties});
     * values below come from defaults, which a toggle replaces.
     */
    private static final int LOWEST_EXPLICIT_ORDINAL = 100;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null && value.getConfigSourceOrdinal() >= LOWEST_EXPLICIT_ORDINAL) {
            return value;
        }
        String toggle = toggleFor(name);
        if (toggle == null) {
            return value;
        }
        ConfigValue toggled = context.proceed(toggle);
        return toggled != null && toggled.getValue() != null ? toggled.withName(name) : value;
    }

    private static String toggleFor(String name) {
        if (!name.startsWith("quarkus.")) {
            return null;
        }
        String toggle = TOGGLES.get(name);
        if (toggle == null && DATASOURCE_TELEMETRY.matcher(name).matches()) {
            return JDBC;
        }
        return toggle;
    }
}
