package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Attributes;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Instrument;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.InstrumentBuilder;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Key;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Lambda;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Measurement;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Meter;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Numeral;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Numerals;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Options;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Service;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.SpanBuilder;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.SpanSettings;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Text;
import io.quarkiverse.telemetry.deployment.plugin.CodeValue.Tracer;

/**
 * Reads, from their bytecode, what the classes with {@code @PluginTelemetry} injection points do with their services:
 * which instruments each plugin creates (name, kind, description, unit, bucket advice) and which attribute keys it
 * records on them. It interprets each method's values symbolically (ASM's data flow: which instruction each value
 * comes from) and follows them into the methods of the application they are passed to, lambdas included, a few calls
 * deep: so an instrument created by a helper called with a constant name, or bound in a lambda, is found too. What it
 * cannot follow is reported as unknown, never guessed.
 */
final class PluginCodeReader {

    private static final Logger LOG = Logger.getLogger(PluginCodeReader.class);

    private static final String SERVICE = Type.getInternalName(TelemetryService.class);
    private static final String ROOT_SERVICE = Type.getInternalName(RootTelemetryService.class);
    private static final String OPTIONS = Type.getInternalName(MetricOptions.class);
    private static final String OPTIONS_BUILDER = Type.getInternalName(MetricOptions.Builder.class);
    private static final String METRICS_API = "io/opentelemetry/api/metrics/";
    private static final String METER = METRICS_API + "Meter";
    private static final String ATTRIBUTES = "io/opentelemetry/api/common/Attributes";
    private static final String ATTRIBUTES_DESCRIPTOR = "L" + ATTRIBUTES + ";";
    private static final String ATTRIBUTES_BUILDER = "io/opentelemetry/api/common/AttributesBuilder";
    private static final String ATTRIBUTE_KEY = "io/opentelemetry/api/common/AttributeKey";
    private static final String TRACER = "io/opentelemetry/api/trace/Tracer";
    private static final String SPAN_BUILDER = "io/opentelemetry/api/trace/SpanBuilder";
    private static final String SPAN_KIND = "io/opentelemetry/api/trace/SpanKind";
    private static final String SPAN_OPTIONS = Type.getInternalName(SpanOptions.class);
    private static final String SPAN_OPTIONS_BUILDER = Type.getInternalName(SpanOptions.Builder.class);
    /** The types of the keys {@code AttributeKey}'s factories make, as the semantic conventions write them. */
    private static final Map<String, String> KEY_TYPES = Map.of("stringKey", "string", "longKey", "int",
            "doubleKey", "double", "booleanKey", "boolean", "stringArrayKey", "string[]", "longArrayKey", "int[]",
            "doubleArrayKey", "double[]", "booleanArrayKey", "boolean[]");
    /** The types of the values {@code AttributesBuilder.put(String, value)} takes, by descriptor. */
    private static final Map<String, String> VALUE_TYPES = Map.of("Ljava/lang/String;", "string", "J", "int",
            "I", "int", "D", "double", "Z", "boolean", "[Ljava/lang/String;", "string[]", "[J", "int[]",
            "[D", "double[]", "[Z", "boolean[]");
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final Map<String, InstrumentKind> FACTORIES = Arrays.stream(InstrumentKind.values())
            .collect(Collectors.toMap(InstrumentKind::factoryMethod, kind -> kind));
    private static final Set<String> DOUBLE_FACTORIES = Set.of("createHistogram", "createGauge",
            "createObservableGauge");
    private static final Map<String, InstrumentKind> METER_BUILDERS = Map.of("counterBuilder", InstrumentKind.COUNTER,
            "upDownCounterBuilder", InstrumentKind.UP_DOWN_COUNTER, "histogramBuilder", InstrumentKind.HISTOGRAM,
            "gaugeBuilder", InstrumentKind.GAUGE);
    private static final Map<InstrumentKind, InstrumentKind> OBSERVED = Map.of(InstrumentKind.COUNTER,
            InstrumentKind.OBSERVABLE_COUNTER, InstrumentKind.UP_DOWN_COUNTER, InstrumentKind.OBSERVABLE_UP_DOWN_COUNTER,
            InstrumentKind.GAUGE, InstrumentKind.OBSERVABLE_GAUGE);
    private static final Set<String> BOXES = Set.of("java/lang/Double", "java/lang/Float", "java/lang/Long",
            "java/lang/Integer");
    private static final Set<String> MEASUREMENTS = Set.of("add", "record", "set");
    /** Packages whose code is not the application's: calls into them are modelled above or not followed. */
    private static final List<String> NOT_FOLLOWED = List.of("java/", "javax/", "jakarta/", "jdk/", "sun/", "kotlin/",
            "io/opentelemetry/", "io/quarkus/", "io/smallrye/", "io/vertx/", "io/netty/", "org/jboss/",
            "io/quarkiverse/telemetry/runtime/", "io/quarkiverse/telemetry/internal/");
    /** How many calls deep values are followed from a method read on its own. */
    private static final int MAX_CALL_DEPTH = 6;
    /** How many values are worked out for one method read on its own, beyond which they are taken as unknown. */
    private static final int MAX_STEPS = 100_000;

    /** A method being read: on its own ({@code caller == null}), or as called with known arguments. */
    private final class Code {
        final ClassNode clazz;
        final MethodNode method;
        final Frame<SourceValue>[] frames;
        final Code caller;
        final List<Supplier<CodeValue>> arguments;
        final int depth;

        Code(ClassNode clazz, MethodNode method, Code caller, List<Supplier<CodeValue>> arguments) {
            this.clazz = clazz;
            this.method = method;
            this.frames = frames(clazz, method);
            this.caller = caller;
            this.arguments = arguments;
            this.depth = caller == null ? 0 : caller.depth + 1;
        }

        Frame<SourceValue> frame(AbstractInsnNode insn) {
            return frames == null ? null : frames[method.instructions.indexOf(insn)];
        }

        /** The class read on its own whose reading led here (by name, dotted). */
        String origin() {
            Code code = this;
            while (code.caller != null) {
                code = code.caller;
            }
            return code.clazz.name.replace('/', '.');
        }

        /** The instruction, as the same in every reading of this method. */
        String at(AbstractInsnNode insn) {
            return clazz.name + "." + method.name + method.desc + "@" + method.instructions.indexOf(insn);
        }

        boolean isStatic() {
            return (method.access & Opcodes.ACC_STATIC) != 0;
        }

        /** Whether this method is being read already, further up the calls. */
        boolean isReading(ClassNode otherClass, MethodNode otherMethod) {
            for (Code code = this; code != null; code = code.caller) {
                if (code.method == otherMethod && code.clazz == otherClass) {
                    return true;
                }
            }
            return false;
        }

        /** The calls that led here, outermost first, as a site names them: {@code a.B.run > a.C.helper}. */
        String site() {
            List<String> methods = new ArrayList<>();
            for (Code code = this; code != null; code = code.caller) {
                if ((code.method.access & Opcodes.ACC_SYNTHETIC) == 0 || code.caller == null) {
                    methods.add(0, code.clazz.name.replace('/', '.') + "." + code.method.name);
                }
            }
            return String.join(" > ", methods);
        }

        /** The value of the parameter in {@code slot}. */
        CodeValue parameter(int slot) {
            int index = isStatic() ? 0 : 1;
            if (!isStatic() && slot == 0) {
                return caller == null ? CodeValue.UNKNOWN : argument(0);
            }
            int position = 0;
            int at = isStatic() ? 0 : 1;
            for (Type type : Type.getArgumentTypes(method.desc)) {
                if (at == slot) {
                    if (caller != null) {
                        return argument(index + position);
                    }
                    PluginOwner owner = injected.getOrDefault(clazz.name, Map.of())
                            .get(method.name + method.desc + "#" + position);
                    return owner == null ? CodeValue.UNKNOWN : new Service(owner);
                }
                at += type.getSize();
                position++;
            }
            return CodeValue.UNKNOWN;
        }

        private CodeValue argument(int index) {
            return index < arguments.size() ? arguments.get(index).get() : CodeValue.UNKNOWN;
        }
    }

    /** The owner of each injected service, by class (internal name) and then by member (bytecode key). */
    private final Map<String, Map<String, PluginOwner>> injected;
    private final ApplicationClasses applicationClasses;
    private final Map<String, Optional<ClassNode>> classes = new HashMap<>();
    private final Map<MethodNode, Optional<Frame<SourceValue>[]>> frames = new HashMap<>();
    /** What each field read so far is always assigned (read on its own, so the same in every reading). */
    private final Map<String, CodeValue> fieldValues = new HashMap<>();
    private final Set<String> fieldsBeingResolved = new HashSet<>();
    private final InventoryFindings findings = new InventoryFindings();
    private int steps;

    private PluginCodeReader(Map<String, Map<String, PluginOwner>> injected, ApplicationClasses applicationClasses) {
        this.injected = injected;
        this.applicationClasses = applicationClasses;
    }

    /**
     * Reads every method of the classes with injected services, following values into the application's code.
     *
     * @param injected the owner of each injected service, by class name and then by member's bytecode key
     * @param applicationClasses the application's classes, which are followed, and every class's bytecode
     */
    static InventoryFindings read(Map<String, Map<String, PluginOwner>> injected,
            ApplicationClasses applicationClasses) {
        PluginCodeReader reader = new PluginCodeReader(injected, applicationClasses);
        for (String className : injected.keySet()) {
            reader.classNode(className.replace('.', '/')).ifPresent(clazz -> {
                for (MethodNode method : clazz.methods) {
                    reader.steps = 0;
                    try {
                        reader.read(reader.new Code(clazz, method, null, List.of()));
                    } catch (RuntimeException | StackOverflowError e) {
                        // code this reading does not foresee: what the method holds is left out, the build goes on
                        LOG.debugf(e, "Telemetry inventory: %s.%s not read", clazz.name, method.name);
                    }
                }
            });
        }
        return reader.findings;
    }

    // ---- reading code forwards: creations, measurements, and calls to follow

    private void read(Code code) {
        if (code.frames == null) {
            return;
        }
        for (AbstractInsnNode insn : code.method.instructions) {
            Frame<SourceValue> frame = code.frame(insn);
            if (frame == null) {
                continue;
            }
            if (insn instanceof MethodInsnNode call) {
                readCall(code, frame, call);
            } else if (insn instanceof InvokeDynamicInsnNode dynamic
                    && lambda(code, dynamic) instanceof Lambda lambda) {
                // it may be handed to code not followed (a stream, an executor): read it with what it captured
                follow(code, lambda.clazz(), lambda.method(), lambda.captured());
            }
        }
    }

    private void readCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        String site = code.site();
        if ((call.owner.equals(SERVICE) || call.owner.equals(ROOT_SERVICE)) && FACTORIES.containsKey(call.name)) {
            CodeValue created = value(code, call);
            if (created instanceof Instrument instrument) {
                Type[] parameters = Type.getArgumentTypes(call.desc);
                CodeValue options = parameters.length > 1 && parameters[1].getInternalName().equals(OPTIONS)
                        ? value(code, argument(frame, call, 1))
                        : Options.NONE;
                findings.created(instrument, options instanceof Options known ? known : null, site, code.at(call),
                        code.origin());
                observe(code, instrument, value(code, argument(frame, call, parameters.length - 1)));
            } else if (value(code, receiver(frame, call)) instanceof Service service) {
                findings.computedName(service.owner(), site, code.at(call));
            }
        } else if (call.owner.startsWith(METRICS_API) && call.owner.endsWith("Builder")
                && (call.name.equals("build") || call.name.equals("buildWithCallback"))) {
            if (value(code, receiver(frame, call)) instanceof InstrumentBuilder builder) {
                Instrument instrument = (Instrument) value(code, call);
                findings.created(instrument, builder.options(), site, code.at(call), code.origin());
                if (call.name.equals("buildWithCallback")) {
                    observe(code, instrument, value(code, argument(frame, call, 0)));
                }
            }
        } else if ((call.owner.equals(SERVICE) || call.owner.equals(ROOT_SERVICE))
                && call.name.equals("startActiveSpan")) {
            if (value(code, receiver(frame, call)) instanceof Service service) {
                Type[] parameters = Type.getArgumentTypes(call.desc);
                CodeValue settings = parameters.length > 2 ? value(code, argument(frame, call, 1))
                        : SpanSettings.DEFAULT;
                started(code, call, service.owner(), value(code, argument(frame, call, 0)),
                        settings instanceof SpanSettings known ? known : new SpanSettings(null));
            }
        } else if (call.owner.equals(SPAN_BUILDER) && call.name.equals("startSpan")) {
            if (value(code, receiver(frame, call)) instanceof SpanBuilder builder) {
                started(code, call, builder.owner(), builder.name() == null ? CodeValue.UNKNOWN
                        : new Text(builder.name()), builder.settings());
            }
        } else if ((call.owner.startsWith(METRICS_API) && MEASUREMENTS.contains(call.name))
                || (call.owner.equals(SERVICE) && call.name.equals("bind"))) {
            boolean bind = call.name.equals("bind");
            CodeValue instrument = value(code, bind ? argument(frame, call, 0) : receiver(frame, call));
            Instrument measured = instrument instanceof Instrument known ? known
                    : instrument instanceof Measurement measurement ? measurement.instrument() : null;
            if (measured != null) {
                CodeValue attributes = call.desc.contains(ATTRIBUTES_DESCRIPTOR)
                        ? value(code, argument(frame, call, 1))
                        : Attributes.EMPTY;
                findings.recorded(measured, attributes instanceof Attributes known ? known : null, site,
                        code.at(call), code.origin());
            }
        } else {
            followCall(code, frame, call);
        }
    }

    /** A span started with this name, as far as it is known. */
    private void started(Code code, MethodInsnNode call, PluginOwner owner, CodeValue name, SpanSettings settings) {
        if (name instanceof Text text) {
            findings.spanStarted(owner, text.value(), settings.kind(), code.site(), code.at(call));
        } else {
            findings.computedSpanName(owner, code.site(), code.at(call));
        }
    }

    /** Reads an observable instrument's callback with what it records into. */
    private void observe(Code code, Instrument instrument, CodeValue callback) {
        if (callback instanceof Lambda lambda) {
            Measurement measurement = new Measurement(instrument);
            follow(code, lambda.clazz(), lambda.method(), lambda.arguments(List.of(() -> measurement)));
        }
    }

    /** Follows a call into the application's code, or into a lambda, when it carries something of telemetry. */
    private void followCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        List<Supplier<CodeValue>> arguments = arguments(code, frame, call);
        if (calledLambda(call, arguments) == null && !call.owner.equals(code.clazz.name)
                && arguments.stream().noneMatch(argument -> carriesTelemetry(argument.get()))) {
            return;
        }
        Code callee = callee(code, call, arguments);
        if (callee != null) {
            read(callee);
        }
    }

    private void follow(Code code, ClassNode clazz, MethodNode method, List<Supplier<CodeValue>> arguments) {
        if (canFollow(code, clazz, method)) {
            read(new Code(clazz, method, code, arguments));
        }
    }

    /** Whether a call from {@code code} into the method is followed: not too deep, and not back into itself. */
    private static boolean canFollow(Code code, ClassNode clazz, MethodNode method) {
        return method != null && code.depth < MAX_CALL_DEPTH && !code.isReading(clazz, method);
    }

    /**
     * The code a call runs, with its arguments: a lambda's function, or a method of the application; {@code null} when
     * it is not followed.
     */
    private Code callee(Code code, MethodInsnNode call, List<Supplier<CodeValue>> arguments) {
        Lambda lambda = calledLambda(call, arguments);
        if (lambda != null) {
            return canFollow(code, lambda.clazz(), lambda.method()) ? new Code(lambda.clazz(), lambda.method(), code,
                    lambda.arguments(arguments.subList(1, arguments.size()))) : null;
        }
        Optional<ClassNode> clazz = followed(call.owner) ? classNode(call.owner) : Optional.empty();
        MethodNode method = clazz.map(c -> method(c, call.name, call.desc)).orElse(null);
        return clazz.isPresent() && canFollow(code, clazz.get(), method) ? new Code(clazz.get(), method, code, arguments)
                : null;
    }

    /** The lambda whose function an interface call calls (rather than a default method), or {@code null}. */
    private static Lambda calledLambda(MethodInsnNode call, List<Supplier<CodeValue>> arguments) {
        return call.getOpcode() == Opcodes.INVOKEINTERFACE && arguments.get(0).get() instanceof Lambda lambda
                && call.name.equals(lambda.functionName()) ? lambda : null;
    }

    private static boolean carriesTelemetry(CodeValue value) {
        return value instanceof Service || value instanceof Meter || value instanceof Instrument
                || value instanceof Measurement || value instanceof Lambda || value instanceof InstrumentBuilder;
    }

    // ---- what a value is

    /** The value an instruction leaves on the stack, or that a call returns. */
    private CodeValue value(Code code, AbstractInsnNode insn) {
        if (++steps > MAX_STEPS || code.frame(insn) == null) {
            return CodeValue.UNKNOWN;
        }
        Frame<SourceValue> frame = code.frame(insn);
        if (insn instanceof LdcInsnNode ldc) {
            return ldc.cst instanceof String text ? new Text(text)
                    : ldc.cst instanceof java.lang.Number number ? new Numeral(number.doubleValue()) : CodeValue.UNKNOWN;
        }
        int opcode = insn.getOpcode();
        if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
            return new Numeral(opcode - Opcodes.ICONST_0);
        }
        if (opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1) {
            return new Numeral(opcode - Opcodes.LCONST_0);
        }
        if (opcode >= Opcodes.FCONST_0 && opcode <= Opcodes.FCONST_2) {
            return new Numeral(opcode - Opcodes.FCONST_0);
        }
        if (opcode == Opcodes.DCONST_0 || opcode == Opcodes.DCONST_1) {
            return new Numeral(opcode - Opcodes.DCONST_0);
        }
        if (insn instanceof IntInsnNode push && opcode != Opcodes.NEWARRAY) {
            return new Numeral(push.operand);
        }
        if (insn instanceof VarInsnNode load && opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD) {
            SourceValue stored = frame.getLocal(load.var);
            if (stored.insns.isEmpty()) {
                return code.parameter(load.var);
            }
            return same(stored.insns.stream().map(store -> store instanceof VarInsnNode && code.frame(store) != null
                    ? value(code, top(code.frame(store)))
                    : CodeValue.UNKNOWN).toList());
        }
        if ((insn instanceof TypeInsnNode && opcode == Opcodes.CHECKCAST) || opcode == Opcodes.DUP) {
            return value(code, top(frame));
        }
        if (insn instanceof TypeInsnNode array && opcode == Opcodes.ANEWARRAY) {
            return array(code, array);
        }
        if (insn instanceof FieldInsnNode field
                && (opcode == Opcodes.GETSTATIC || opcode == Opcodes.GETFIELD)) {
            return field(field);
        }
        if (insn instanceof MethodInsnNode call) {
            return call(code, frame, call);
        }
        if (insn instanceof InvokeDynamicInsnNode dynamic) {
            return lambda(code, dynamic);
        }
        return CodeValue.UNKNOWN;
    }

    /** The value of a stack entry: what the one instruction it comes from leaves, if all its sources agree. */
    private CodeValue value(Code code, SourceValue source) {
        return same(source.insns.stream().map(insn -> value(code, insn)).toList());
    }

    private static CodeValue same(List<CodeValue> values) {
        if (values.isEmpty()) {
            return CodeValue.UNKNOWN;
        }
        CodeValue first = values.get(0);
        return values.stream().allMatch(first::equals) ? first : CodeValue.UNKNOWN;
    }

    /** The value of a field: the injected service, or what the code of its class assigns it (if always the same). */
    private CodeValue field(FieldInsnNode field) {
        if (field.owner.equals(OPTIONS) && field.name.equals("NONE")) {
            return Options.NONE;
        }
        if (field.owner.equals(SPAN_OPTIONS) && field.name.equals("DEFAULT")) {
            return SpanSettings.DEFAULT;
        }
        if (field.owner.equals(SPAN_KIND)) {
            return new Text(field.name.toLowerCase(Locale.ROOT));
        }
        PluginOwner owner = injected.getOrDefault(field.owner, Map.of()).get(field.name);
        if (owner != null) {
            return new Service(owner);
        }
        String key = field.owner + "." + field.name;
        CodeValue known = fieldValues.get(key);
        if (known != null) {
            return known;
        }
        Optional<ClassNode> clazz = classNode(field.owner);
        if (clazz.isEmpty() || !followed(field.owner) || !fieldsBeingResolved.add(key)) {
            return CodeValue.UNKNOWN;
        }
        try {
            List<CodeValue> assigned = new ArrayList<>();
            for (MethodNode method : clazz.get().methods) {
                Code code = new Code(clazz.get(), method, null, List.of());
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof FieldInsnNode put && put.name.equals(field.name) && put.owner.equals(field.owner)
                            && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)) {
                        assigned.add(code.frame(put) == null ? CodeValue.UNKNOWN : value(code, top(code.frame(put))));
                    }
                }
            }
            CodeValue value = same(assigned);
            fieldValues.put(key, value);
            return value;
        } finally {
            fieldsBeingResolved.remove(key);
        }
    }

    /** An array created in the method, with the elements the method stores into it by constant index. */
    private CodeValue array(Code code, TypeInsnNode creation) {
        List<CodeValue> elements = new ArrayList<>();
        for (AbstractInsnNode insn : code.method.instructions) {
            Frame<SourceValue> frame = code.frame(insn);
            if (insn.getOpcode() == Opcodes.AASTORE && frame != null
                    && isFrom(code, frame.getStack(frame.getStackSize() - 3), creation)) {
                CodeValue index = value(code, frame.getStack(frame.getStackSize() - 2));
                if (!(index instanceof Numeral at) || at.value() != elements.size()) {
                    return CodeValue.UNKNOWN;
                }
                elements.add(value(code, frame.getStack(frame.getStackSize() - 1)));
            }
        }
        return new CodeValue.Array(elements);
    }

    /** Whether a value is the one an instruction left, directly or through copies ({@code DUP}). */
    private static boolean isFrom(Code code, SourceValue value, AbstractInsnNode creation) {
        AbstractInsnNode source = only(value);
        while (source != null && source.getOpcode() == Opcodes.DUP && code.frame(source) != null) {
            source = only(top(code.frame(source)));
        }
        return source == creation;
    }

    private static AbstractInsnNode only(SourceValue value) {
        return value.insns.size() == 1 ? value.insns.iterator().next() : null;
    }

    /** A lambda, or method reference, whose code is in a class of the application. */
    private CodeValue lambda(Code code, InvokeDynamicInsnNode dynamic) {
        if (!dynamic.bsm.getOwner().equals(LAMBDA_FACTORY) || dynamic.bsmArgs.length < 2
                || !(dynamic.bsmArgs[1] instanceof Handle implementation)
                || implementation.getTag() == Opcodes.H_NEWINVOKESPECIAL || !followed(implementation.getOwner())) {
            return CodeValue.UNKNOWN;
        }
        Optional<ClassNode> clazz = classNode(implementation.getOwner());
        MethodNode method = clazz.map(c -> method(c, implementation.getName(), implementation.getDesc())).orElse(null);
        if (method == null) {
            return CodeValue.UNKNOWN;
        }
        Frame<SourceValue> frame = code.frame(dynamic);
        int captured = Type.getArgumentTypes(dynamic.desc).length;
        List<Supplier<CodeValue>> values = new ArrayList<>();
        for (int i = 0; i < captured; i++) {
            SourceValue source = frame.getStack(frame.getStackSize() - captured + i);
            values.add(lazy(() -> value(code, source)));
        }
        return new Lambda(clazz.get(), method, dynamic.name, values);
    }

    /** What a call returns: modelled for the APIs instruments are made with, followed into the application's code. */
    private CodeValue call(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        String owner = call.owner;
        if (owner.equals(SERVICE) || owner.equals(ROOT_SERVICE)) {
            return serviceCall(code, frame, call);
        }
        if (owner.equals(METER) && METER_BUILDERS.containsKey(call.name)) {
            return value(code, receiver(frame, call)) instanceof Meter meter
                    && value(code, argument(frame, call, 0)) instanceof Text name
                            ? new InstrumentBuilder(meter.owner(), name.value(), METER_BUILDERS.get(call.name),
                                    !call.name.equals("counterBuilder") && !call.name.equals("upDownCounterBuilder"),
                                    Options.NONE)
                            : CodeValue.UNKNOWN;
        }
        if (owner.startsWith(METRICS_API) && owner.endsWith("Builder")) {
            return instrumentBuilderCall(code, frame, call);
        }
        if (owner.equals(OPTIONS) && call.name.equals("builder")) {
            return Options.NONE;
        }
        if (owner.equals(OPTIONS_BUILDER)) {
            CodeValue builder = value(code, receiver(frame, call));
            if (!(builder instanceof Options options)) {
                return CodeValue.UNKNOWN;
            }
            return switch (call.name) {
                case "description" -> options.withDescription(value(code, argument(frame, call, 0)));
                case "unit" -> options.withUnit(value(code, argument(frame, call, 0)));
                case "explicitBucketBoundaries" -> options.withBuckets(value(code, argument(frame, call, 0)));
                case "deprecated" -> options.withDeprecated(value(code, argument(frame, call, 0)));
                case "renamedTo" -> options.withRenamedTo(value(code, argument(frame, call, 0)));
                case "build" -> options;
                default -> CodeValue.UNKNOWN;
            };
        }
        if (owner.equals(ATTRIBUTES) || owner.equals(ATTRIBUTES_BUILDER)) {
            return attributesCall(code, frame, call);
        }
        if (owner.equals(ATTRIBUTE_KEY) && call.getOpcode() == Opcodes.INVOKESTATIC) {
            return value(code, argument(frame, call, 0)) instanceof Text name
                    ? new Key(name.value(), KEY_TYPES.get(call.name))
                    : CodeValue.UNKNOWN;
        }
        if (owner.equals(TRACER) || owner.equals(SPAN_BUILDER) || owner.equals(SPAN_OPTIONS)
                || owner.equals(SPAN_OPTIONS_BUILDER)) {
            return spanCall(code, frame, call);
        }
        if ((owner.equals("java/util/List") && call.name.equals("of"))
                || (owner.equals("java/util/Arrays") && call.name.equals("asList"))) {
            return numerals(code, frame, call);
        }
        if (BOXES.contains(owner) && call.name.equals("valueOf")) {
            return value(code, argument(frame, call, 0)) instanceof Numeral numeral ? numeral : CodeValue.UNKNOWN;
        }
        return returned(code, frame, call);
    }

    private CodeValue serviceCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        CodeValue receiver = value(code, receiver(frame, call));
        if (call.name.equals("forPlugin") && value(code, argument(frame, call, 0)) instanceof Text id) {
            return new Service(new PluginOwner(id.value(), ""));
        }
        if (!(receiver instanceof Service service)) {
            return CodeValue.UNKNOWN;
        }
        if (call.name.equals("getMeter")) {
            return new Meter(service.owner());
        }
        if (call.name.equals("getTracer")) {
            return new Tracer(service.owner());
        }
        InstrumentKind kind = FACTORIES.get(call.name);
        if (kind != null && value(code, argument(frame, call, 0)) instanceof Text name) {
            return new Instrument(service.owner(), name.value(), kind, DOUBLE_FACTORIES.contains(call.name));
        }
        return CodeValue.UNKNOWN;
    }

    private CodeValue instrumentBuilderCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        if (!(value(code, receiver(frame, call)) instanceof InstrumentBuilder builder)) {
            return CodeValue.UNKNOWN;
        }
        Options options = builder.options();
        return switch (call.name) {
            case "setDescription" -> new InstrumentBuilder(builder.owner(), builder.name(), builder.kind(),
                    builder.doubles(), options.withDescription(value(code, argument(frame, call, 0))));
            case "setUnit" -> new InstrumentBuilder(builder.owner(), builder.name(), builder.kind(), builder.doubles(),
                    options.withUnit(value(code, argument(frame, call, 0))));
            case "setExplicitBucketBoundariesAdvice" -> new InstrumentBuilder(builder.owner(), builder.name(),
                    builder.kind(), builder.doubles(), options.withBuckets(value(code, argument(frame, call, 0))));
            case "ofDoubles" -> new InstrumentBuilder(builder.owner(), builder.name(), builder.kind(), true, options);
            case "ofLongs" -> new InstrumentBuilder(builder.owner(), builder.name(), builder.kind(), false, options);
            case "build" -> new Instrument(builder.owner(), builder.name(), builder.kind(), builder.doubles());
            case "buildWithCallback" -> new Instrument(builder.owner(), builder.name(), OBSERVED.get(builder.kind()),
                    builder.doubles());
            default -> CodeValue.UNKNOWN;
        };
    }

    /** A span being built by a plugin's tracer, or the {@code SpanOptions} given to one. */
    private CodeValue spanCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        if (call.owner.equals(SPAN_OPTIONS)) {
            return call.name.equals("builder") ? SpanSettings.DEFAULT : CodeValue.UNKNOWN;
        }
        CodeValue receiver = value(code, receiver(frame, call));
        if (receiver instanceof Tracer tracer) {
            return call.name.equals("spanBuilder")
                    ? new SpanBuilder(tracer.owner(),
                            value(code, argument(frame, call, 0)) instanceof Text name ? name.value() : null,
                            SpanSettings.DEFAULT)
                    : CodeValue.UNKNOWN;
        }
        if (receiver instanceof SpanBuilder builder) {
            return call.name.equals("setSpanKind")
                    ? new SpanBuilder(builder.owner(), builder.name(),
                            builder.settings().withKind(value(code, argument(frame, call, 0))))
                    : call.name.equals("startSpan") ? CodeValue.UNKNOWN : builder;
        }
        if (receiver instanceof SpanSettings settings) {
            return call.name.equals("kind") ? settings.withKind(value(code, argument(frame, call, 0))) : settings;
        }
        return CodeValue.UNKNOWN;
    }

    private CodeValue attributesCall(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        if (call.owner.equals(ATTRIBUTES) && call.getOpcode() == Opcodes.INVOKESTATIC) {
            Attributes attributes = Attributes.EMPTY;
            if (call.name.equals("of")) {
                int arguments = Type.getArgumentTypes(call.desc).length;
                for (int key = 0; key < arguments; key += 2) {
                    attributes = attributes.with(value(code, argument(frame, call, key)), null);
                }
                return attributes;
            }
            return call.name.equals("empty") || call.name.equals("builder") ? attributes : CodeValue.UNKNOWN;
        }
        CodeValue receiver = value(code, receiver(frame, call));
        if (!(receiver instanceof Attributes attributes)) {
            return CodeValue.UNKNOWN;
        }
        Type[] parameters = Type.getArgumentTypes(call.desc);
        if (call.name.equals("put") && parameters.length == 2) {
            return attributes.with(value(code, argument(frame, call, 0)),
                    VALUE_TYPES.get(parameters[1].getDescriptor()));
        }
        return call.name.equals("build") || call.name.equals("toBuilder") ? attributes
                : new Attributes(attributes.keys(), false);
    }

    /** {@code List.of(0.1, 0.5)} and the like, elements given one by one or in an array. */
    private CodeValue numerals(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        int count = Type.getArgumentTypes(call.desc).length;
        List<CodeValue> elements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            elements.add(value(code, argument(frame, call, i)));
        }
        if (count == 1 && elements.get(0) instanceof CodeValue.Array array) {
            elements = array.elements();
        }
        List<Double> values = new ArrayList<>();
        for (CodeValue element : elements) {
            if (!(element instanceof Numeral numeral)) {
                return CodeValue.UNKNOWN;
            }
            values.add(numeral.value());
        }
        return new Numerals(List.copyOf(values));
    }

    /** What a lambda, or a method of the application, returns when called with these arguments (if always the same). */
    private CodeValue returned(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        Code callee = callee(code, call, arguments(code, frame, call));
        if (callee == null) {
            return CodeValue.UNKNOWN;
        }
        List<CodeValue> values = new ArrayList<>();
        for (AbstractInsnNode insn : callee.method.instructions) {
            if (insn.getOpcode() == Opcodes.ARETURN && callee.frame(insn) != null) {
                values.add(value(callee, top(callee.frame(insn))));
            }
        }
        return same(values);
    }

    // ---- bytecode access

    /** The arguments of a call, receiver first for an instance call, each worked out when first asked for. */
    private List<Supplier<CodeValue>> arguments(Code code, Frame<SourceValue> frame, MethodInsnNode call) {
        int count = Type.getArgumentTypes(call.desc).length;
        boolean instance = call.getOpcode() != Opcodes.INVOKESTATIC;
        List<Supplier<CodeValue>> arguments = new ArrayList<>();
        for (int i = instance ? -1 : 0; i < count; i++) {
            SourceValue source = argument(frame, call, i);
            arguments.add(lazy(() -> value(code, source)));
        }
        return arguments;
    }

    private static Supplier<CodeValue> lazy(Supplier<CodeValue> value) {
        CodeValue[] known = new CodeValue[1];
        return () -> known[0] != null ? known[0] : (known[0] = value.get());
    }

    /** The value a call receives as its argument at {@code index} (0 is the first after the receiver). */
    private static SourceValue argument(Frame<SourceValue> frame, MethodInsnNode call, int index) {
        int arguments = Type.getArgumentTypes(call.desc).length;
        return frame.getStack(frame.getStackSize() - arguments + index);
    }

    private static SourceValue receiver(Frame<SourceValue> frame, MethodInsnNode call) {
        return argument(frame, call, -1);
    }

    private static SourceValue top(Frame<SourceValue> frame) {
        return frame.getStack(frame.getStackSize() - 1);
    }

    private boolean followed(String internalName) {
        return NOT_FOLLOWED.stream().noneMatch(internalName::startsWith)
                && applicationClasses.contains(internalName.replace('/', '.'));
    }

    private static MethodNode method(ClassNode clazz, String name, String descriptor) {
        return clazz.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst()
                .orElse(null);
    }

    private Optional<ClassNode> classNode(String internalName) {
        return classes.computeIfAbsent(internalName, name -> applicationClasses.bytecode(name).map(bytes -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        }));
    }

    /** What each instruction of the method finds on its stack and in its locals, or {@code null} if not analysable. */
    private Frame<SourceValue>[] frames(ClassNode clazz, MethodNode method) {
        return frames.computeIfAbsent(method, m -> {
            try {
                return Optional.of(new Analyzer<>(new SourceInterpreter()).analyze(clazz.name, m));
            } catch (AnalyzerException | RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
