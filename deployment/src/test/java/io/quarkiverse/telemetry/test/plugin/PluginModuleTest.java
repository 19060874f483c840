package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkiverse.telemetry.test.plugin.catalog.CatalogProcessing;
import io.quarkiverse.telemetry.test.plugin.catalog.github.GithubDiscovery;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A module ({@code @BackendPluginModule} on its package) gets its plugin's service: the same scope and, for the same
 * name and kind, the same instrument, its measurements and spans marked with the module id; another kind under the same
 * name, given at run time, is refused at creation, naming both requesters (constant names fail the build:
 * {@link ConflictingConstantNamesTest}).
 */
public class PluginModuleTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, InMemorySpans.class)
                    .addPackage(CatalogProcessing.class.getPackage())
                    .addPackage(GithubDiscovery.class.getPackage()));

    @Inject
    CatalogProcessing catalog;

    @Inject
    GithubDiscovery github;

    @Inject
    InMemorySpans spans;

    @Test
    void moduleCountsIntoThePluginsInstrumentMarkedWithItsId() {
        catalog.process("ok", 0.2);
        github.discovered(3);

        String scrape = Scrapes.scrape();
        assertEquals(1, scrape.lines().filter("# TYPE catalog_processed_entities_count_total counter"::equals).count(),
                scrape);
        assertTrue(scrape.contains("catalog_processed_entities_count_total{otel_scope_name=\"backstage-plugin-catalog\""
                + ",result=\"ok\",} 1.0"), scrape);
        assertTrue(scrape.contains("catalog_processed_entities_count_total{backstage_plugin_module=\"github\","
                + "otel_scope_name=\"backstage-plugin-catalog\",result=\"ok\",} 3.0"), scrape);
    }

    @Test
    void moduleServiceKnowsItsPluginAndModule() {
        TelemetryService module = github.telemetry();
        assertEquals("catalog", module.pluginId());
        assertEquals(Optional.of("github"), module.moduleId());
        assertEquals(Optional.empty(), catalog.telemetry().moduleId());

        module.startActiveSpan("github.discover", span -> null);
        SpanData span = spans.named("github.discover");
        assertEquals("github", span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(
                BackstageNaming.MODULE_ATTRIBUTE)));
        assertEquals("backstage-plugin-catalog", span.getInstrumentationScopeInfo().getName());
    }

    @Test
    void sameNameOfAnotherKindIsRefusedNamingBothRequesters() {
        catalog.process("ok", 0.1);
        IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
                () -> github.timeProcessing("catalog.processed.entities.count"));
        assertEquals("Instrument 'catalog.processed.entities.count' is requested as a histogram without unit by"
                + " module 'github' of plugin 'catalog' in " + GithubDiscovery.class.getName() + ".timeProcessing,"
                + " but plugin 'catalog' in " + CatalogProcessing.class.getName() + ".createInstruments created it as"
                + " a counter without unit: one name is one instrument, so the kind and unit must be the same;"
                + " give one of them another name", conflict.getMessage());
    }
}
