package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With Micrometer's Prometheus registry turned off at build time there is no {@code /q/metrics} to join: the application
 * starts, the scrape exporter says so once (and in health), and instruments still work.
 */
public class NoMicrometerPrometheusRegistryTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.micrometer.export.prometheus.enabled", "false")
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
            .assertLogRecords(records -> {
                List<String> warnings = Logs.lines(records).stream()
                        .filter(line -> line.contains("No Micrometer Prometheus registry is enabled")).toList();
                assertEquals(1, warnings.size(), Logs.lines(records).toString());
                assertTrue(warnings.get(0).contains("give the prometheus exporter a port"), warnings.get(0));
            });

    @Inject
    RootTelemetryService root;

    @Test
    void startsWithoutScrape() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void healthDoesNotClaimAScrape() {
        given().get("/q/health/well").then().statusCode(200).body("checks[0].data.'telemetry.metrics.exporters'",
                equalTo("not served: no Micrometer Prometheus registry is enabled for /q/metrics"));
    }
}
