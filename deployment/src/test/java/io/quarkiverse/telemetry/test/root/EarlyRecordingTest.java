package io.quarkiverse.telemetry.test.root;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.deployment.root.RootTelemetryServiceBuildItem;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkiverse.telemetry.test.early.EarlyRecorder;
import io.quarkus.deployment.builditem.StaticBytecodeRecorderBuildItem;
import io.quarkus.deployment.recording.BytecodeRecorderImpl;
import io.quarkus.runtime.Startup;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Values recorded before the SDK exists reach the first scrape: from another extension's static init (a build step
 * recording at STATIC_INIT with the {@link RootTelemetryServiceBuildItem}) and from a {@code @Startup} bean.
 */
public class EarlyRecordingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, EarlyRecorder.class, StartupRecording.class))
            .addBuildChainCustomizer(chain -> chain.addBuildStep(context -> {
                RootTelemetryServiceBuildItem root = context.consume(RootTelemetryServiceBuildItem.class);
                BytecodeRecorderImpl recorder = new BytecodeRecorderImpl(true, EarlyRecordingTest.class.getSimpleName(),
                        "recordAtStaticInit", "early-recording", true);
                recordAtStaticInit(recorder, root);
                context.produce(new StaticBytecodeRecorderBuildItem(recorder));
            }).consumes(RootTelemetryServiceBuildItem.class).produces(StaticBytecodeRecorderBuildItem.class).build());

    /**
     * The build runs in Quarkus' deployment class loader, this test class in the application one: the recorder class
     * is taken from the former and called reflectively, as the annotated build steps of an extension would.
     */
    private static void recordAtStaticInit(BytecodeRecorderImpl recorder, RootTelemetryServiceBuildItem root) {
        try {
            ClassLoader deployment = Thread.currentThread().getContextClassLoader();
            Object proxy = recorder.getRecordingProxy(deployment.loadClass(EarlyRecorder.class.getName()));
            Object rootValue = root.getClass().getMethod("getRoot").invoke(root);
            for (var method : proxy.getClass().getMethods()) {
                if (method.getName().equals("recordAtStaticInit")) {
                    method.invoke(proxy, rootValue);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Startup
    @ApplicationScoped
    @BackendPlugin("startup")
    public static class StartupRecording {
        @Inject
        public StartupRecording(@PluginTelemetry TelemetryService telemetry) {
            telemetry.createUpDownCounter("startup.events").add(3);
        }
    }

    @Test
    void earlyValuesAreInTheFirstScrape() {
        String scrape = Scrapes.scrape();
        assertTrue(scrape.contains("static_init_events_total{otel_scope_name=\"backstage-plugin-early\",} 11.0"), scrape);
        assertTrue(scrape.contains("startup_events{otel_scope_name=\"backstage-plugin-startup\",} 3.0"), scrape);
    }
}
