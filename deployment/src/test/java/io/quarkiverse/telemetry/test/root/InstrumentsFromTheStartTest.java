package io.quarkiverse.telemetry.test.root;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.runtime.Startup;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What the guide tells plugin authors: an {@code @ApplicationScoped} bean is created at its first use, so the
 * instruments its constructor creates appear only then; with {@code @Startup} they are in the first scrape after
 * start, an observable gauge with its value.
 */
public class InstrumentsFromTheStartTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, StockGauges.class, LazyGauges.class));

    @Inject
    LazyGauges lazy; // a client proxy: the bean is created at its first method call

    @Test
    void aStartupBeansGaugeIsInTheFirstScrapeALazyBeansWaitsForItsFirstUse() {
        String first = Scrapes.scrape();
        assertTrue(first.contains("inventory_stock{otel_scope_name=\"backstage-plugin-inventory\",} 42.0"), first);
        assertFalse(first.contains("inventory_backorders"), "a lazy bean's gauge waits for its first use:\n" + first);
        lazy.touch();
        String afterUse = Scrapes.scrape();
        assertTrue(afterUse.contains("inventory_backorders{otel_scope_name=\"backstage-plugin-inventory\",} 7.0"),
                afterUse);
    }

    @BackendPlugin("inventory")
    @Startup
    @ApplicationScoped
    public static class StockGauges {
        @Inject
        StockGauges(@PluginTelemetry TelemetryService telemetry) {
            telemetry.createObservableGauge("inventory.stock", measurement -> measurement.record(42));
        }
    }

    @BackendPlugin("inventory")
    @ApplicationScoped
    public static class LazyGauges {
        @Inject
        LazyGauges(@PluginTelemetry TelemetryService telemetry) {
            telemetry.createObservableGauge("inventory.backorders", measurement -> measurement.record(7));
        }

        public void touch() {
        }
    }
}
