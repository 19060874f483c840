package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A Prometheus exporter with a port of its own, configured only at run time: the demo's plugin metrics are served
 * there in text and OpenMetrics, promtool finds nothing wrong, and {@code /q/metrics} keeps Micrometer's meters only.
 */
@QuarkusTest
@TestProfile(PrometheusListenerTest.OwnPort.class)
public class PrometheusListenerTest {

    public static class OwnPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telemetry.metrics.exporters.prometheus.port", String.valueOf(freePort()),
                    "telemetry.metrics.exporters.prometheus.host", "127.0.0.1",
                    "telemetry.metrics.exporters.prometheus.path", "/plugin-metrics");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @ConfigProperty(name = "telemetry.metrics.exporters.prometheus.port")
    int port;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "quarkus.application.version")
    String applicationVersion;

    @Test
    void pluginMetricsAreServedOnTheirOwnPortAndPassPromtoolButForBackstageNames() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"Component\",\"name\":\"checkout\"}")
                .post("/catalog/entities").then().statusCode(200);
        Scaffolder.run("react-app", "alice");
        String listener = "http://127.0.0.1:" + port;

        String text = given().accept(Scrapes.TEXT_004).get(listener + "/plugin-metrics").then().statusCode(200)
                .contentType(Scrapes.TEXT_004).extract().asString();
        assertTrue(text.contains("scaffolder_task_count_total{otel_scope_name=\"backstage-plugin-scaffolder\","
                + "result=\"ok\",template=\"react-app\",} 1.0"), text);
        assertTrue(text.contains("# TYPE catalog_processing_duration_seconds histogram"), text);
        assertFalse(text.contains("jvm_memory_used_bytes"), "Micrometer's meters stay at /q/metrics");
        assertTrue(text.contains("service_name=\"" + applicationName + "\",")
                && text.contains("service_version=\"" + applicationVersion + "\""), "the resource is the application's");
        Promtool.Result promtool = Promtool.checkMetrics(text);
        assertEquals(Promtool.backstageGaugeFindings(), promtool.problems().stream().sorted().toList(), text);

        String openMetrics = given().accept("application/openmetrics-text; version=1.0.0").get(listener + "/plugin-metrics")
                .then().statusCode(200).contentType("application/openmetrics-text; version=1.0.0; charset=utf-8")
                .extract().asString();
        assertTrue(openMetrics.endsWith("# EOF\n"), openMetrics);

        given().get(listener + "/metrics").then().statusCode(404);
        String scrape = given().accept(Scrapes.TEXT_004).get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(scrape.contains("otel_scope_name"), "only the configured exporters export plugin metrics");
        assertTrue(scrape.contains("jvm_memory_used_bytes"), scrape);
    }
}
