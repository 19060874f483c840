package io.quarkiverse.telemetry.test.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The Backstage proposal's spelling of a built-in exporter's settings, in a {@code config} section, means what the flat
 * keys mean: {@code prometheus.config.port} opens the listener, an OTLP exporter's {@code config.endpoint} and
 * {@code config.headers.*} reach the collector.
 */
public class ExporterConfigSectionTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(ExporterConfigSectionTest.class);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.exporters.prometheus.config.port", "${telemetry-test.port}")
            .overrideConfigKey("telemetry-test.port", String.valueOf(OtlpReceiver.freePort()))
            .overrideConfigKey("telemetry.tracing.exporters.\"otlp/collector\".config.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.tracing.exporters.\"otlp/collector\".config.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.tracing.exporters.\"otlp/collector\".config.headers.x-tenant", "catalog-team")
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms");

    @Inject
    RootTelemetryService root;

    /** The test class is loaded twice (outside and inside the application): the port is the application's. */
    @ConfigProperty(name = "telemetry-test.port")
    int port;

    @Test
    void configPortOpensThePrometheusListener() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        String scrape = given().get("http://localhost:" + port + "/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("catalog_refreshes_total{otel_scope_name=\"backstage-plugin-catalog\",} 1.0"), scrape);
    }

    @Test
    void configEndpointProtocolAndHeadersReachTheCollector() {
        root.forPlugin("catalog").getTracer().spanBuilder("catalog.refresh").startSpan().end();

        Eventually.await(Duration.ofSeconds(20), () -> refreshExport() != null, "the span's export");
        var export = refreshExport();
        assertEquals("catalog-team", export.headers().get("x-tenant"));
        assertEquals("application/x-protobuf", export.headers().get("content-type"), "over http/protobuf");
    }

    private static OtlpReceiver.Export<ExportTraceServiceRequest> refreshExport() {
        return receiver.traces().stream().filter(export -> export.request().getResourceSpansList().stream()
                .flatMap(resource -> resource.getScopeSpansList().stream())
                .flatMap(scope -> scope.getSpansList().stream())
                .anyMatch(span -> span.getName().equals("catalog.refresh"))).findFirst().orElse(null);
    }
}
