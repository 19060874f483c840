package io.quarkiverse.telemetry.deployment.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.jandex.ClassInfo;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.TelemetryService;

/**
 * Finds where one plugin (with its modules) asks for two instruments of one constant name but of different kinds,
 * naming both requesters. It reads the bytecode of the classes with {@code @PluginTelemetry} injection points
 * for calls such as {@code telemetry.createCounter("name", ...)} on an injected service; names built at run time, and
 * units, are checked when the instrument is created.
 */
final class InstrumentConflicts {

    private static final String SERVICE = Type.getInternalName(TelemetryService.class);
    private static final Map<String, InstrumentKind> KINDS = Arrays.stream(InstrumentKind.values())
            .collect(Collectors.toMap(InstrumentKind::factoryMethod, kind -> kind));

    /** An instrument request found in bytecode. */
    private record Request(InstrumentKind kind, String requester) {
    }

    private InstrumentConflicts() {
    }

    /** The conflicts among the requests made on the resolved injection points' services, one problem each. */
    static List<String> of(List<PluginInjectionPointsBuildItem.Resolved> injectionPoints) {
        // The owner of each injected service, by class and then by the member's bytecode key.
        Map<ClassInfo, Map<String, PluginOwner>> injected = new LinkedHashMap<>();
        for (PluginInjectionPointsBuildItem.Resolved resolved : injectionPoints) {
            InjectionPoint point = resolved.point();
            if (point.type().name().equals(PluginDotNames.TELEMETRY_SERVICE)) {
                injected.computeIfAbsent(point.declaringClass(), c -> new HashMap<>()).put(point.bytecodeKey(),
                        resolved.owner());
            }
        }
        Map<String, Request> requests = new HashMap<>();
        List<String> problems = new ArrayList<>();
        injected.forEach((clazz, owners) -> scan(clazz, owners, requests, problems));
        return problems;
    }

    private static void scan(ClassInfo clazz, Map<String, PluginOwner> owners, Map<String, Request> requests,
            List<String> problems) {
        ClassNode node = read(clazz.name().toString());
        if (node == null) {
            return;
        }
        for (MethodNode method : node.methods) {
            Frame<SourceValue>[] frames;
            try {
                frames = new Analyzer<>(new SourceInterpreter()).analyze(node.name, method);
            } catch (AnalyzerException e) {
                continue; // not analysable: its requests are checked at creation
            }
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode insn = method.instructions.get(i);
                if (insn instanceof MethodInsnNode call && call.owner.equals(SERVICE) && KINDS.containsKey(call.name)
                        && frames[i] != null) {
                    int arguments = Type.getArgumentTypes(call.desc).length;
                    Frame<SourceValue> frame = frames[i];
                    int top = frame.getStackSize();
                    String name = constant(frame.getStack(top - arguments));
                    PluginOwner owner = owner(frame.getStack(top - arguments - 1), method, owners);
                    if (name != null && owner != null) {
                        String requester = owner + " in " + clazz.name() + "." + method.name;
                        Request request = new Request(KINDS.get(call.name), requester);
                        Request first = requests.putIfAbsent(
                                owner.pluginId() + "/" + name.toLowerCase(Locale.ROOT), request);
                        if (first != null && first.kind != request.kind) {
                            problems.add("Instrument '" + name + "' is requested as " + request.kind + " by "
                                    + requester + " and as " + first.kind + " by " + first.requester
                                    + ": one name is one instrument of one kind; give one of them another name");
                        }
                    }
                }
            }
        }
    }

    private static String constant(SourceValue value) {
        return value.insns.size() == 1 && value.insns.iterator().next() instanceof LdcInsnNode ldc
                && ldc.cst instanceof String name ? name : null;
    }

    /** The owner of the service the call is made on, when it is an injected field or parameter. */
    private static PluginOwner owner(SourceValue receiver, MethodNode method, Map<String, PluginOwner> owners) {
        if (receiver.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode source = receiver.insns.iterator().next();
        if (source instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETFIELD) {
            return owners.get(field.name);
        }
        if (source instanceof VarInsnNode variable && variable.getOpcode() == Opcodes.ALOAD) {
            int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            Type[] parameters = Type.getArgumentTypes(method.desc);
            for (int position = 0; position < parameters.length; position++) {
                if (slot == variable.var) {
                    return owners.get(InjectionPoint.bytecodeKey(method.name, method.desc, position));
                }
                slot += parameters[position].getSize();
            }
        }
        return null;
    }

    private static ClassNode read(String className) {
        try (InputStream bytes = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (bytes == null) {
                return null;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException e) {
            return null; // unreadable: its requests are checked at creation
        }
    }
}
