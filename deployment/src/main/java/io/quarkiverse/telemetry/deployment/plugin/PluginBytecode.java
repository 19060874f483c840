package io.quarkiverse.telemetry.deployment.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.quarkiverse.telemetry.TelemetryService;

/**
 * Reads what the classes with {@code @PluginTelemetry} injection points do with their services, from their bytecode
 * (ASM's data-flow analysis: which instruction each stack value comes from). What cannot be read or followed is left to
 * the checks made at run time.
 */
final class PluginBytecode {

    /** The internal name of {@link TelemetryService}. */
    static final String SERVICE = Type.getInternalName(TelemetryService.class);

    private PluginBytecode() {
    }

    /** The owner of each injected service, by class and then by the member's bytecode key. */
    static Map<ClassInfo, Map<String, PluginOwner>> injectedServices(
            List<PluginInjectionPointsBuildItem.Resolved> injectionPoints) {
        Map<ClassInfo, Map<String, PluginOwner>> injected = new LinkedHashMap<>();
        for (PluginInjectionPointsBuildItem.Resolved resolved : injectionPoints) {
            InjectionPoint point = resolved.point();
            if (point.type().name().equals(PluginDotNames.TELEMETRY_SERVICE)) {
                injected.computeIfAbsent(point.declaringClass(), c -> new HashMap<>()).put(point.bytecodeKey(),
                        resolved.owner());
            }
        }
        return injected;
    }

    /** The class, or {@code null} when it cannot be read. */
    static ClassNode read(String className) {
        try (InputStream bytes = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (bytes == null) {
                return null;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException e) {
            return null;
        }
    }

    /** What each instruction of the method finds on its stack and in its locals, or {@code null} if not analysable. */
    static Frame<SourceValue>[] frames(ClassNode owner, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            return null;
        }
    }

    /** The one instruction a value comes from, or {@code null} when it may come from several. */
    static AbstractInsnNode source(SourceValue value) {
        return value.insns.size() == 1 ? value.insns.iterator().next() : null;
    }

    /** The string constant a value is, or {@code null}. */
    static String constant(SourceValue value) {
        return source(value) instanceof LdcInsnNode ldc && ldc.cst instanceof String text ? text : null;
    }

    /** The value a call receives as its argument at {@code index} (0 is the first after the receiver). */
    static SourceValue argument(Frame<SourceValue> frame, MethodInsnNode call, int index) {
        int arguments = Type.getArgumentTypes(call.desc).length;
        return frame.getStack(frame.getStackSize() - arguments + index);
    }

    /** The receiver of an instance call. */
    static SourceValue receiver(Frame<SourceValue> frame, MethodInsnNode call) {
        return argument(frame, call, -1);
    }

    /** The owner of the service a call is made on, when it is an injected field or parameter. */
    static PluginOwner owner(SourceValue receiver, MethodNode method, Map<String, PluginOwner> owners) {
        AbstractInsnNode source = source(receiver);
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
}
