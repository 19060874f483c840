package io.quarkiverse.telemetry.test.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With SmallRye Health, {@code /q/health/well} reports each exporter and the SDK binding: a collector that refuses
 * exports is DOWN there, with the reason and since when, and UP again once it recovers, while readiness stays UP.
 */
public class ExporterHealthTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(ExporterHealthTest.class);
    static final String EXPORTER = "checks.'telemetry.metrics.exporters.otlp'";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.scrape.type", "prometheus");

    @Test
    void wellnessReportsExportersReadinessIgnoresThem() {
        receiver.failWith(503);
        Eventually.await(Duration.ofSeconds(20),
                () -> given().get("/q/health/well").statusCode() == 503, "the exporter DOWN in the wellness group");
        given().get("/q/health/well").then()
                .body("checks[0].name", equalTo("telemetry exporters"))
                .body("checks[0].data.sdk", equalTo("bound"))
                .body("checks[0].data.'telemetry.metrics.exporters.otlp'", startsWith("DOWN since "))
                .body("checks[0].data.'telemetry.metrics.exporters.otlp'", containsString("the collector answered HTTP 503"))
                .body("checks[0].data.'telemetry.metrics.exporters.scrape'", equalTo("UP: pulled at /q/metrics"));
        given().get("/q/health/ready").then().statusCode(200);
        String scrape = given().get("/q/metrics").asString();
        assertTrue(scrape.contains("telemetry_exporter_exports_total{exporter=\"telemetry.metrics.exporters.otlp\""),
                scrape);
        assertFalse(scrape.contains("telemetry_exporter_lost_spans_total{exporter=\"telemetry.metrics.exporters.otlp\""),
                "a metrics exporter loses no spans: no series says it could");

        receiver.recover();
        Eventually.await(Duration.ofSeconds(20),
                () -> given().get("/q/health/well").statusCode() == 200, "the exporter UP again");
    }
}
