package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/** With quarkus-opentelemetry disabled at build time the application still starts; instruments record nothing. */
public class OpenTelemetryDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideConfigKey("quarkus.otel.enabled", "false");

    @Inject
    RootTelemetryService root;

    @Test
    void instrumentsAreNoOpsAndNothingIsScraped() {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        String scrape = Scrapes.scrape();
        assertFalse(scrape.contains("catalog_refreshes"), scrape);
    }
}
