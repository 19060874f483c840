package io.quarkiverse.telemetry.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        System.out.println(scrape);
        assertTrue(scrape.contains("# TYPE catalog_processed_entities_count_total counter"), scrape);
        assertTrue(scrape.contains(
                "catalog_processed_entities_count_total{otel_scope_name=\"backstage-plugin-catalog\",result=\"changed\",} 2.0"),
                scrape);
    }
}
