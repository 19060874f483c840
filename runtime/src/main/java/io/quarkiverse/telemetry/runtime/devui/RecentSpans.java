package io.quarkiverse.telemetry.runtime.devui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.BackstageNaming;

/**
 * The Dev UI's last spans of each plugin (dev mode only): the latest {@value #PER_PLUGIN} ended spans carrying
 * {@value BackstageNaming#PLUGIN_ATTRIBUTE}, by plugin. Applied to the SDK as every {@code SpanProcessor} bean is.
 */
@Singleton
public class RecentSpans implements SpanProcessor {

    /** How many spans are kept per plugin. */
    static final int PER_PLUGIN = 50;

    private static final AttributeKey<String> PLUGIN = AttributeKey.stringKey(BackstageNaming.PLUGIN_ATTRIBUTE);

    private final Map<String, Deque<SpanData>> byPlugin = new ConcurrentHashMap<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        String pluginId = span.getAttribute(PLUGIN);
        if (pluginId == null) {
            return;
        }
        Deque<SpanData> spans = byPlugin.computeIfAbsent(pluginId, id -> new ArrayDeque<>());
        SpanData data = span.toSpanData();
        synchronized (spans) {
            spans.addFirst(data);
            if (spans.size() > PER_PLUGIN) {
                spans.removeLast();
            }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    /** The plugin's last spans, latest first. */
    public List<SpanData> of(String pluginId) {
        Deque<SpanData> spans = byPlugin.get(pluginId);
        if (spans == null) {
            return List.of();
        }
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }

    /** The plugins with spans, by id. */
    public List<String> plugins() {
        return byPlugin.keySet().stream().sorted().toList();
    }
}
