package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With the management interface enabled, the scrape with the plugins' metrics moves there, as Micrometer's does, and is
 * negotiated there as on the main interface.
 */
public class ManagementInterfaceTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.management.enabled", "true");

    @Inject
    RootTelemetryService root;

    @Test
    void pluginMetricsAreOnTheManagementInterface() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        String scrape = given().accept(Scrapes.TEXT_004).get("http://localhost:9001/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(scrape.contains("catalog_refreshes_total{otel_scope_name=\"backstage-plugin-catalog\",} 1.0"), scrape);
    }

    @Test
    void negotiatedThereAsOnTheMainInterface() {
        given().accept("application/openmetrics-text; version=1.0.0").get("http://localhost:9001/q/metrics").then()
                .statusCode(200).contentType("application/openmetrics-text; version=1.0.0; charset=utf-8");
    }
}
