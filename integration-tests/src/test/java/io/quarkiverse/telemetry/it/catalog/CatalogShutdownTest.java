package io.quarkiverse.telemetry.it.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.it.DemoLimitsProfile;
import io.quarkiverse.telemetry.it.Scrapes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Once the application stops, the catalog touches its database no more: the gauges report their last counts (the
 * final export collects them while the datasource may be closing, which logged errors at shutdown) and a refresh does
 * nothing.
 */
@QuarkusTest
@TestProfile(DemoLimitsProfile.class)
public class CatalogShutdownTest {

    @Inject
    CatalogGauges gauges;

    @Inject
    CatalogProcessing processing;

    @Test
    void stoppedCatalogQueriesNothing() throws Exception {
        Scrapes.scrape(); // every gauge has a count
        gauges.stopQuerying(new ShutdownEvent());
        processing.stop(new ShutdownEvent());
        gauges.expireCaches();
        long[] runs = gauges.queryRuns();

        String scrape = Scrapes.scrape();
        assertArrayEquals(runs, gauges.queryRuns(), "no query once stopped");
        assertTrue(scrape.contains("catalog_registered_locations_count{otel_scope_name=\"backstage-plugin-catalog\",}"),
                "the last counts are still reported: " + scrape);
        assertEquals(0, processing.refresh().size(), "a refresh does nothing once stopped");
    }
}
