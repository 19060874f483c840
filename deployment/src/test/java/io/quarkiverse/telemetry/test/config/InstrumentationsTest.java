package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.opentelemetry.runtime.config.build.OTelBuildConfig;
import io.quarkus.opentelemetry.runtime.config.runtime.OTelRuntimeConfig;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.instrumentations.*} set the {@code quarkus.*} keys they stand for, build-time ones at build time;
 * a value given to the Quarkus key directly wins. Turning OpenTelemetry's JVM metrics on shows them in the scrape (off,
 * the default, {@link ZeroConfigurationTest} shows them absent; HTTP server metrics: {@link HttpInstrumentationOnTest}).
 */
public class InstrumentationsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideConfigKey("telemetry.instrumentations.http", "false")
            .overrideConfigKey("telemetry.instrumentations.rest", "false")
            .overrideConfigKey("telemetry.instrumentations.jvm-metrics", "true")
            .overrideConfigKey("telemetry.instrumentations.http-server-metrics", "true")
            .overrideConfigKey("telemetry.instrumentations.jdbc", "true")
            .overrideConfigKey("telemetry.instrumentations.grpc", "false")
            .overrideConfigKey("quarkus.otel.instrument.grpc", "true");

    /** Its values were fixed when the application was built. */
    @Inject
    OTelBuildConfig buildConfig;

    @Inject
    OTelRuntimeConfig runtimeConfig;

    @Test
    void togglesSetQuarkusKeysUnlessSetDirectly() {
        assertFalse(buildConfig.instrument().rest(), "build time: quarkus.otel.instrument.rest");
        assertFalse(buildConfig.instrument().resteasy(), "build time: quarkus.otel.instrument.resteasy");
        assertTrue(buildConfig.instrument().grpc(), "quarkus.otel.instrument.grpc=true given directly wins");
        assertTrue(buildConfig.instrument().messaging(), "an unset toggle leaves Quarkus' default");
        assertFalse(runtimeConfig.instrument().vertxHttp(), "run time: quarkus.otel.instrument.vertx-http");
        assertTrue(runtimeConfig.instrument().jvmMetrics(), "run time: quarkus.otel.instrument.jvm-metrics");
        assertEquals(true, ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.telemetry", Boolean.class));
        assertEquals(true,
                ConfigProvider.getConfig().getValue("quarkus.datasource.\"users\".jdbc.telemetry", Boolean.class));

        assertTrue(runtimeConfig.instrument().httpServerMetrics(), "run time: quarkus.otel.instrument.http-server-metrics");
        assertTrue(Scrapes.scrape().contains("# TYPE jvm_class_count"), "OpenTelemetry's JVM metrics are on");
    }
}
