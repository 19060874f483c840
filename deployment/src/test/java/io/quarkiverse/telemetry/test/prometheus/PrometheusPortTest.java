package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A Prometheus exporter with a port: its listener serves the plugins' metrics at /metrics, and its scrapes make no
 * spans (as Quarkus makes none for {@code /q/metrics}); a disabled one is left out.
 */
public class PrometheusPortTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(PrometheusPortTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms")
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.port", "${telemetry-test.port}")
            .overrideConfigKey("telemetry-test.port", String.valueOf(OtlpReceiver.freePort()))
            // a disabled exporter is left out, or it would clash on the same port
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/off\".port", "${telemetry-test.port}")
            .overrideConfigKey("telemetry.metrics.exporters.\"prometheus/off\".enabled", "false");

    @Inject
    RootTelemetryService root;

    /** The test class is loaded twice (outside and inside the application): the port is the application's. */
    @ConfigProperty(name = "telemetry.metrics.exporters.prometheus.port")
    int port;

    @Test
    void listenerServesPluginMetrics() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        String scrape = given().get("http://localhost:" + port + "/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("catalog_refreshes_total{otel_scope_name=\"backstage-plugin-catalog\",} 1.0"), scrape);
    }

    @Test
    void scrapesOfTheListenerMakeNoSpans() {
        given().get("http://localhost:" + port + "/metrics").then().statusCode(200);
        // spans are exported in the order they end: once this one is in, a scrape's span would be too
        root.forPlugin("catalog").getTracer().spanBuilder("after.scrape").startSpan().end();

        Eventually.await(Duration.ofSeconds(20), () -> spanNames().contains("after.scrape"), "the plugin's span");
        assertEquals(List.of("after.scrape"), spanNames());
    }

    private static List<String> spanNames() {
        return receiver.traces().stream().flatMap(export -> export.request().getResourceSpansList().stream())
                .flatMap(resource -> resource.getScopeSpansList().stream())
                .flatMap(scope -> scope.getSpansList().stream()).map(span -> span.getName()).toList();
    }
}
