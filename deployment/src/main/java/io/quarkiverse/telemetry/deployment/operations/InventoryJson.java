package io.quarkiverse.telemetry.deployment.operations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.telemetry.deployment.plugin.InventoriedInstrument;
import io.quarkiverse.telemetry.deployment.plugin.InventoriedSpan;
import io.quarkiverse.telemetry.deployment.plugin.PluginInventory;

/**
 * The inventory as {@code inventory.json}, in the schema docs/operations.md documents (version
 * {@value #SCHEMA_VERSION}): a value the code computes at run time is {@code null}, never guessed.
 */
public final class InventoryJson {

    /** The version of the schema, raised on any change that is not an added field. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InventoryJson() {
    }

    static String of(List<PluginInventory> plugins) {
        try {
            return MAPPER.writeValueAsString(tree(plugins)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The telemetry inventory cannot be written as JSON", e);
        }
    }

    /** The inventory as a JSON tree: the file's content, and the Dev UI's build-time data. */
    public static ObjectNode tree(List<PluginInventory> plugins) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode pluginNodes = root.putArray("plugins");
        for (PluginInventory plugin : plugins) {
            ObjectNode pluginNode = pluginNodes.addObject();
            pluginNode.put("id", plugin.pluginId());
            pluginNode.put("scope", plugin.defaultScope());
            strings(pluginNode.putArray("modules"), plugin.moduleIds());
            ArrayNode instruments = pluginNode.putArray("instruments");
            plugin.instruments().forEach(instrument -> instrument(instruments.addObject(), instrument));
            strings(pluginNode.putArray("computedNames"), plugin.computedNames());
            ArrayNode spans = pluginNode.putArray("spans");
            plugin.spans().forEach(span -> span(spans.addObject(), span));
            strings(pluginNode.putArray("computedSpanNames"), plugin.computedSpanNames());
        }
        return root;
    }

    private static void instrument(ObjectNode node, InventoriedInstrument instrument) {
        node.put("name", instrument.name());
        node.put("kind", instrument.kind().name().toLowerCase(Locale.ROOT));
        node.put("valueType", instrument.doubles() ? "double" : "long");
        if (!instrument.moduleId().isEmpty()) {
            node.put("module", instrument.moduleId());
        }
        node.put("description", instrument.description().orElse(null));
        node.put("unit", instrument.unit().orElse(null));
        if (instrument.isHistogram()) {
            instrument.buckets().ifPresentOrElse(buckets -> buckets.forEach(node.putArray("buckets")::add),
                    () -> node.putNull("buckets"));
            node.put("bucketSource",
                    instrument.bucketSource().map(source -> source.name().toLowerCase(Locale.ROOT)).orElse(null));
        }
        if (!instrument.deprecated().equals(Optional.of(""))) {
            node.put("deprecated", instrument.deprecated().orElse(null));
        }
        instrument.renamedTo().filter(name -> !name.isEmpty()).ifPresent(name -> node.put("renamedTo", name));
        ArrayNode attributes = node.putArray("attributes");
        instrument.attributes().forEach((key, sites) -> {
            ObjectNode attribute = attributes.addObject();
            attribute.put("key", key);
            attribute.put("type", instrument.attributeTypes().get(key));
            strings(attribute.putArray("recordedIn"), sites);
        });
        node.put("attributesComplete", instrument.attributesComplete());
        strings(node.putArray("createdIn"), instrument.createdIn());
        strings(node.putArray("recordedIn"), instrument.recordedIn());
        strings(node.putArray("scheduledBy"), instrument.scheduledBy());
    }

    private static void span(ObjectNode node, InventoriedSpan span) {
        node.put("name", span.name());
        if (!span.moduleId().isEmpty()) {
            node.put("module", span.moduleId());
        }
        span.kinds().ifPresentOrElse(kinds -> strings(node.putArray("kinds"), kinds), () -> node.putNull("kinds"));
        strings(node.putArray("startedIn"), span.startedIn());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
