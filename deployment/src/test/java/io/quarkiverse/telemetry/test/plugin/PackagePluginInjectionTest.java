package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkiverse.telemetry.test.plugin.catalog.CatalogProcessing;
import io.quarkus.test.QuarkusUnitTest;

/** A field in a class of a {@code @BackendPlugin} package gets that plugin's service; its metrics are scraped. */
public class PackagePluginInjectionTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CatalogProcessing.class, Scrapes.class)
                    .addClass("io.quarkiverse.telemetry.test.plugin.catalog.package-info"));

    @Inject
    CatalogProcessing processing;

    @Test
    void packagePluginGetsItsScope() {
        assertEquals("catalog", processing.telemetry().pluginId());
        processing.process("changed", 0.05);
        processing.process("changed", 0.5);
        processing.process("failed", 2.0);

        String scrape = Scrapes.scrape();
        String scope = "otel_scope_name=\"backstage-plugin-catalog\"";
        assertTrue(scrape.contains("# TYPE catalog_processed_entities_count_total counter"), scrape);
        assertTrue(scrape.contains("catalog_processed_entities_count_total{" + scope + ",result=\"changed\",} 2.0"), scrape);
        // the unit names the family and the bucket advice reached the SDK
        assertTrue(scrape.contains("# TYPE catalog_processing_duration_seconds histogram"), scrape);
        assertTrue(scrape.contains("# HELP catalog_processing_duration_seconds Time to process an entity"), scrape);
        assertTrue(
                scrape.contains(
                        "catalog_processing_duration_seconds_bucket{le=\"0.01\"," + scope + ",result=\"changed\",} 0.0"),
                scrape);
        assertTrue(
                scrape.contains("catalog_processing_duration_seconds_bucket{le=\"0.1\"," + scope + ",result=\"changed\",} 1.0"),
                scrape);
        assertTrue(
                scrape.contains("catalog_processing_duration_seconds_bucket{le=\"1.0\"," + scope + ",result=\"changed\",} 2.0"),
                scrape);
        assertTrue(
                scrape.contains("catalog_processing_duration_seconds_bucket{le=\"+Inf\"," + scope + ",result=\"failed\",} 1.0"),
                scrape);
        assertTrue(scrape.contains("catalog_processing_duration_seconds_sum{" + scope + ",result=\"changed\",} 0.55"), scrape);
    }
}
