package io.quarkiverse.telemetry.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;

/**
 * The spans the plugins ended, read straight from the SDK, without an exporter: each with its attributes, status,
 * parent and events ({@link SpanData}), since the last {@link #reset()}, which runs before every {@code @QuarkusTest}
 * method. A plugin's spans are those carrying its {@value BackstageNaming#PLUGIN_ATTRIBUTE}, its modules' included.
 *
 * <pre>
 * &#64;Inject
 * RecordedSpans spans;
 *
 * &#64;Test
 * void aFailedStepIsAnError() {
 *     given().queryParam("template", "broken").post("/scaffolder/tasks").then().statusCode(201);
 *     SpanData step = spans.named("scaffolder", "scaffolder.step");
 *     assertEquals(StatusCode.ERROR, step.getStatus().getStatusCode());
 * }
 * </pre>
 *
 * Spans of asynchronous work often end after the HTTP answer: {@link #named} waits for the span to end, up to
 * {@value #WAIT_SECONDS} seconds. Only sampled spans end here ({@code telemetry.tracing.sampler.ratio}).
 * <p>
 * No reading can pass by accident: an unknown plugin, or a name no span of the plugin has, fails with an
 * {@link AssertionError} naming what exists (the plugins, the spans the plugin ended).
 */
@Singleton
public class RecordedSpans implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    /** How long {@link #named} waits for a span to end. */
    static final int WAIT_SECONDS = 5;

    private static final AttributeKey<String> PLUGIN = AttributeKey.stringKey(BackstageNaming.PLUGIN_ATTRIBUTE);

    private final InMemorySpanExporter ended = InMemorySpanExporter.create();

    /** Forgets the spans ended so far. */
    public void reset() {
        ended.reset();
    }

    /**
     * The spans the plugin and its modules ended since the reset, in the order they ended; none is a valid answer.
     *
     * @throws AssertionError if the application has no such plugin
     */
    public List<SpanData> ended(String pluginId) {
        List<SpanData> spans = ended.getFinishedSpanItems();
        Set<String> plugins = ApplicationPlugins.injected();
        spans.stream().map(span -> span.getAttributes().get(PLUGIN)).filter(id -> id != null).forEach(plugins::add);
        ApplicationPlugins.require(pluginId, plugins);
        return spans.stream().filter(span -> pluginId.equals(span.getAttributes().get(PLUGIN))).toList();
    }

    /**
     * The one span of that name the plugin (or one of its modules) ended since the reset, waited for up to
     * {@value #WAIT_SECONDS} seconds.
     *
     * @throws AssertionError if the plugin is unknown, no such span ended in time (naming those that did), or several
     *         did
     */
    public SpanData named(String pluginId, String spanName) {
        long deadline = System.nanoTime() + Duration.ofSeconds(WAIT_SECONDS).toNanos();
        List<SpanData> named = named(ended(pluginId), spanName);
        while (named.isEmpty() && System.nanoTime() < deadline) {
            pause();
            named = named(ended(pluginId), spanName);
        }
        if (named.size() != 1) {
            throw new AssertionError("Expected one span '" + spanName + "' of plugin '" + pluginId + "' since the reset,"
                    + " found " + named.size() + "; the spans it ended: "
                    + ended(pluginId).stream().map(SpanData::getName).toList());
        }
        return named.get(0);
    }

    /** Each plugin's spans ended since the reset, by plugin id: their names, for the live check. */
    Map<String, Set<String>> endedNames() {
        Map<String, Set<String>> names = new TreeMap<>();
        for (SpanData span : ended.getFinishedSpanItems()) {
            String pluginId = span.getAttributes().get(PLUGIN);
            if (pluginId != null) {
                names.computeIfAbsent(pluginId, id -> new TreeSet<>()).add(span.getName());
            }
        }
        return names;
    }

    /** The spans ended since the reset whose parent is the given span, of any plugin, in the order they ended. */
    public List<SpanData> childrenOf(SpanData parent) {
        return ended.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(parent.getTraceId())
                        && span.getParentSpanId().equals(parent.getSpanId()))
                .toList();
    }

    private static List<SpanData> named(List<SpanData> spans, String name) {
        return spans.stream().filter(span -> span.getName().equals(name)).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a span", e);
        }
    }

    // The SDK reports to this bean: quarkus-opentelemetry applies every customizer bean.

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addTracerProviderCustomizer(
                (tracerProvider, config) -> tracerProvider.addSpanProcessor(SimpleSpanProcessor.create(ended)));
    }
}
