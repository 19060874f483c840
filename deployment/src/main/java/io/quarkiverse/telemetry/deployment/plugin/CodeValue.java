package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * The description, unit and bucket boundaries given to an instrument, from {@code MetricOptions} or a meter's
     * instrument builder; a {@code null} field was computed at run time.
     *
     * @param buckets the advised boundaries, empty when none were given
     */
    record Options(String description, String unit, List<Double> buckets) implements CodeValue {

        static final Options NONE = new Options("", "", List.of());

        Options withDescription(CodeValue value) {
            return new Options(text(value), unit, buckets);
        }

        Options withUnit(CodeValue value) {
            return new Options(description, text(value), buckets);
        }

        Options withBuckets(CodeValue value) {
            return new Options(description, unit, value instanceof Numerals numerals ? numerals.values() : null);
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

    /** An attribute key. */
    record Key(String name) implements CodeValue {
    }

    /**
     * An attribute set, or its builder.
     *
     * @param keys the keys known to be in it
     * @param complete whether those are all its keys
     */
    record Attributes(Set<String> keys, boolean complete) implements CodeValue {

        static final Attributes EMPTY = new Attributes(Set.of(), true);

        Attributes with(CodeValue key) {
            String name = key instanceof Key attributeKey ? attributeKey.name()
                    : key instanceof Text text ? text.value() : null;
            if (name == null) {
                return new Attributes(keys, false);
            }
            Set<String> more = new LinkedHashSet<>(keys);
            more.add(name);
            return new Attributes(more, complete);
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
