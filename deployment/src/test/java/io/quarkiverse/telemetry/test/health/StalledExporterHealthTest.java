package io.quarkiverse.telemetry.test.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A collector that takes the request and does not answer is DOWN in {@code /q/health/well} once an export has waited
 * longer than the interval, with the reason and since when, long before the export times out (it said "UP: 0 exports
 * delivered" until then); UP again once exports are delivered.
 */
public class StalledExporterHealthTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(StalledExporterHealthTest.class);
    static final String EXPORTER = "checks[0].data.'telemetry.metrics.exporters.otlp'";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "300ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.otlp.timeout", "30s");

    @Test
    void stalledExportIsDownUntilExportsAreDeliveredAgain() {
        receiver.stall(Duration.ofSeconds(15));
        // The export times out after 30 s: only the stall itself can turn the check DOWN before that.
        Eventually.await(Duration.ofSeconds(12), () -> given().get("/q/health/well").asString().contains("has waited"),
                "the stalled exporter DOWN in the wellness group");
        given().get("/q/health/well").then().statusCode(503)
                .body(EXPORTER, startsWith("DOWN since "))
                .body(EXPORTER, containsString("an export has waited"))
                .body(EXPORTER, containsString("for the collector, longer than the interval of 300 ms"));

        receiver.recover();
        Eventually.await(Duration.ofSeconds(40), () -> given().get("/q/health/well").statusCode() == 200,
                "the exporter UP again once an export is delivered");
    }
}
