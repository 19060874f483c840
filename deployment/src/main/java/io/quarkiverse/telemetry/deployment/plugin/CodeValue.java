package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

import io.quarkiverse.telemetry.InstrumentKind;

/**
 * What {@link PluginCodeReader} knows a value of the plugins' code to be, when the code is read rather than run: a
 * constant, a plugin's service or meter, an instrument, the options or attributes being built for one, or a lambda.
 * Anything else is {@link #UNKNOWN}.
 */
sealed interface CodeValue {

    /** A value the reading cannot know: computed at run time, or by code it does not follow. */
    CodeValue UNKNOWN = new Unknown();

    /** See {@link #UNKNOWN}. */
    record Unknown() implements CodeValue {
    }

    /** A string constant. */
    record Text(String value) implements CodeValue {
    }

    /** A numeric constant, boxed or not. */
    record Numeral(double value) implements CodeValue {
    }

    /** A list of numeric constants, such as bucket boundaries. */
    record Numerals(List<Double> values) implements CodeValue {
    }

    /** An array whose elements are known by index. */
    record Array(List<CodeValue> elements) implements CodeValue {
    }

    /** A plugin's (or module's) {@code TelemetryService}. */
    record Service(PluginOwner owner) implements CodeValue {
    }

    /** A plugin's meter, from its service. */
    record Meter(PluginOwner owner) implements CodeValue {
    }

    /** A plugin's tracer, from its service. */
    record Tracer(PluginOwner owner) implements CodeValue {
    }

    /**
     * The kind given to a span, from {@code SpanOptions} or a tracer's span builder.
     *
     * @param kind the span kind's name in lower case ({@code internal}), {@code null} when computed at run time
     */
    record SpanSettings(String kind) implements CodeValue {

        static final SpanSettings DEFAULT = new SpanSettings("internal");

        SpanSettings withKind(CodeValue value) {
            return new SpanSettings(value instanceof Text text ? text.value() : null);
        }
    }

    /** A span being built by a plugin's tracer; its name is {@code null} when computed at run time. */
    record SpanBuilder(PluginOwner owner, String name, SpanSettings settings) implements CodeValue {
    }

    /**
     * The description, unit, bucket boundaries and deprecation given to an instrument, from {@code MetricOptions} or a
     * meter's instrument builder; a {@code null} field was computed at run time.
     *
     * @param buckets the advised boundaries, empty when none were given
     * @param deprecated why it is deprecated, empty when it is not
     * @param renamedTo the instrument that replaces it, empty when none does
     */
    record Options(String description, String unit, List<Double> buckets, String deprecated, String renamedTo)
            implements
                CodeValue {

        static final Options NONE = new Options("", "", List.of(), "", "");

        Options withDescription(CodeValue value) {
            return new Options(text(value), unit, buckets, deprecated, renamedTo);
        }

        Options withUnit(CodeValue value) {
            return new Options(description, text(value), buckets, deprecated, renamedTo);
        }

        Options withBuckets(CodeValue value) {
            return new Options(description, unit, value instanceof Numerals numerals ? numerals.values() : null,
                    deprecated, renamedTo);
        }

        Options withDeprecated(CodeValue value) {
            return new Options(description, unit, buckets, text(value), renamedTo);
        }

        /** As {@code MetricOptions.Builder.renamedTo} does, the note says what replaces it. */
        Options withRenamedTo(CodeValue value) {
            String instrument = text(value);
            return new Options(description, unit, buckets, instrument == null ? null : "Replaced by " + instrument,
                    instrument);
        }

        private static String text(CodeValue value) {
            return value instanceof Text text ? text.value() : null;
        }
    }

    /** An instrument being built from a plugin's meter. */
    record InstrumentBuilder(PluginOwner owner, String name, InstrumentKind kind, boolean doubles, Options options)
            implements
                CodeValue {
    }

    /** A plugin's instrument, known by name. */
    record Instrument(PluginOwner owner, String name, InstrumentKind kind, boolean doubles) implements CodeValue {
    }

    /** What an observable instrument's callback records into. */
    record Measurement(Instrument instrument) implements CodeValue {
    }

    /**
     * An attribute key.
     *
     * @param type its value's type as the semantic conventions write it ({@code string}, {@code int}, {@code double},
     *        {@code boolean}, or one of those followed by {@code []}), {@code null} when not known
     */
    record Key(String name, String type) implements CodeValue {
    }

    /**
     * An attribute set, or its builder.
     *
     * @param keys the keys known to be in it, each with its type ({@code null} when not known; see {@link Key})
     * @param complete whether those are all its keys
     */
    record Attributes(Map<String, String> keys, boolean complete) implements CodeValue {

        static final Attributes EMPTY = new Attributes(Map.of(), true);

        /**
         * This set with one more key: a {@link Key}, or a name ({@link Text}) with the type the call gives its value
         * ({@code null} when not known).
         */
        Attributes with(CodeValue key, String valueType) {
            Key known = key instanceof Key attributeKey ? attributeKey
                    : key instanceof Text text ? new Key(text.value(), valueType) : null;
            if (known == null) {
                return new Attributes(keys, false);
            }
            Map<String, String> more = new LinkedHashMap<>(keys);
            more.put(known.name(), known.type() != null ? known.type() : valueType);
            return new Attributes(Collections.unmodifiableMap(more), complete);
        }
    }

    /**
     * A lambda or method reference to code of the application.
     *
     * @param clazz the class of the method it runs
     * @param method the method it runs
     * @param functionName the name of its functional interface's method, such as {@code apply}
     * @param captured the values it captured, which come first among the method's arguments (receiver included)
     */
    record Lambda(ClassNode clazz, MethodNode method, String functionName, List<Supplier<CodeValue>> captured)
            implements
                CodeValue {

        /** Its method's arguments when it is called with {@code arguments}. */
        List<Supplier<CodeValue>> arguments(List<Supplier<CodeValue>> arguments) {
            List<Supplier<CodeValue>> all = new ArrayList<>(captured);
            all.addAll(arguments);
            return all;
        }
    }
}
