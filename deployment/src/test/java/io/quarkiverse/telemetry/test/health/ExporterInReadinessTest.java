package io.quarkiverse.telemetry.test.health;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/** {@code telemetry.health.readiness=true}: a collector that is down takes the application out of readiness. */
public class ExporterInReadinessTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("telemetry.health.readiness", "true")
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:" + OtlpReceiver.freePort());

    @Test
    void downCollectorMakesTheApplicationUnready() {
        Eventually.await(Duration.ofSeconds(20), () -> given().get("/q/health/ready").statusCode() == 503,
                "not ready while the collector is down");
        given().get("/q/health/live").then().statusCode(200);
    }
}
