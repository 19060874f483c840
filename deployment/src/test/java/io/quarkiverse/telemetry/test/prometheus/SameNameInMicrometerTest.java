package io.quarkiverse.telemetry.test.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Logs;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A Micrometer meter and a plugin instrument exposed under one Prometheus name (a one-off metric kept beside its
 * successor) are one family in the scrape, in both formats, with the deprecation notice first in its help; of one
 * name but different types, the first is served and a warning names the family.
 */
public class SameNameInMicrometerTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertEquals(1, Logs.lines(records).stream()
                    .filter(line -> line.contains("Two metric families are named scaffolder_queue")).count(),
                    Logs.lines(records).toString()));

    @Inject
    MeterRegistry micrometer;

    @Inject
    RootTelemetryService root;

    @Test
    void oneFamilyPerName() {
        Counter.builder("catalog_processed_entities_count").description("DEPRECATED: use the plugin's counter")
                .tag("result", "changed").register(micrometer).increment(2);
        root.forPlugin("catalog").createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Amount of entities processed").build()).add(3);
        Gauge.builder("scaffolder_queue", () -> 1.0).register(micrometer);
        root.forPlugin("scaffolder").createCounter("scaffolder.queue").add(1);

        String text = Scrapes.scrape();
        assertEquals(1, text.lines().filter(line -> line.startsWith("# TYPE catalog_processed_entities_count")).count(),
                text);
        assertTrue(text.contains("# HELP catalog_processed_entities_count_total DEPRECATED: use the plugin's counter"
                + " / Amount of entities processed"), text);
        assertTrue(text.contains("catalog_processed_entities_count_total{result=\"changed\",} 2.0"), text);
        assertTrue(text.contains(
                "catalog_processed_entities_count_total{otel_scope_name=\"backstage-plugin-catalog\",} 3.0"), text);
        assertEquals(1, text.lines().filter(line -> line.startsWith("# TYPE scaffolder_queue")).count(), text);

        String openMetrics = given().accept("application/openmetrics-text; version=1.0.0; charset=utf-8")
                .get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(List.of("# TYPE catalog_processed_entities_count counter"), openMetrics.lines()
                .filter(line -> line.startsWith("# TYPE catalog_processed_entities_count")).toList(), openMetrics);
    }
}
