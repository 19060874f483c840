package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkiverse.telemetry.test.plugin.scaffolder.ScaffolderTasks;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code @BackendPlugin} on a class covers its constructor and its nested classes' initializer methods, and the
 * injected service is the root's service for that plugin.
 */
public class ClassPluginInjectionTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ScaffolderTasks.class, ScaffolderTasks.StepRunner.class,
                    Scrapes.class));

    @Inject
    ScaffolderTasks tasks;

    @Inject
    ScaffolderTasks.StepRunner steps;

    @Inject
    RootTelemetryService root;

    @Test
    void constructorAndNestedInitializerGetTheClassPlugin() {
        assertEquals("scaffolder", tasks.telemetry().pluginId());
        assertEquals("scaffolder", steps.telemetry().pluginId());
        assertSame(root.forPlugin("scaffolder"), tasks.telemetry());
        assertSame(tasks.telemetry(), steps.telemetry());

        tasks.run();
        tasks.run();
        String scrape = Scrapes.scrape();
        assertTrue(scrape.contains("# HELP scaffolder_task_count_total Tasks run"), scrape);
        assertTrue(scrape.contains("scaffolder_task_count_total{otel_scope_name=\"backstage-plugin-scaffolder\",} 2.0"),
                scrape);
    }
}
