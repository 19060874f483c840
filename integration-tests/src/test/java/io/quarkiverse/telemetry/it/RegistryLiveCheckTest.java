package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.testkit.RegistryLiveCheck;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The test kit's live check on the demo: everything the demo records while every outcome is driven (both plugins'
 * metrics with their attributes, and their spans) is declared in the registry its build wrote; a metric, a key or a
 * span the build could not see (here made by the test itself through the plugins' services) is caught, named by
 * plugin.
 */
@QuarkusTest
public class RegistryLiveCheckTest {

    @Inject
    RegistryLiveCheck registry;

    @Inject
    RootTelemetryService root;

    @Test
    void everythingTheDemoRecordsIsDeclared() {
        BackstageMetricsTable.recordEveryOutcome();
        registry.assertRecordedIsDeclared();
    }

    @Test
    void anUndeclaredMetricKeyAndSpanAreCaught() {
        Scaffolder.run("docs-site", "live-check");
        root.forPlugin("catalog").createCounter("catalog.entities.undeclared").add(1);
        root.forPlugin("scaffolder").createCounter("scaffolder.task.count")
                .add(1, Attributes.of(AttributeKey.stringKey("user"), "alice"));
        root.forPlugin("catalog").startActiveSpan("catalog.undeclared", span -> null);

        AssertionError caught = assertThrows(AssertionError.class, registry::assertRecordedIsDeclared);
        assertEquals("Recorded since the reset, but not in the telemetry registry the build wrote from the plugins'"
                + " code (target/telemetry/registry/): a name or key the build cannot see, such as one computed at run"
                + " time, is not part of the plugins' telemetry API:\n"
                + "- plugin 'catalog', metric 'catalog.entities.undeclared' is not declared; the plugin's declared"
                + " metrics: [catalog.processed.entities.count, catalog.processing.duration,"
                + " catalog.processing.queue.delay, catalog.processors.duration, catalog.stitched.entities.count,"
                + " catalog.stitching.duration, catalog.stitching.queue.delay, catalog.stitching.queue.length,"
                + " catalog_entities_count, catalog_registered_locations_count, catalog_relations_count,"
                + " plugin.requests]\n"
                + "- plugin 'scaffolder', metric 'scaffolder.task.count': attribute keys [user] are not declared;"
                + " declared: [result, template]\n"
                + "- plugin 'catalog', span 'catalog.undeclared' is not declared; the plugin's declared spans:"
                + " [catalog.add, catalog.process, catalog.stitch]", caught.getMessage());
    }
}
