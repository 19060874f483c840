package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.jandex.ClassInfo;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

import io.quarkiverse.telemetry.InstrumentKind;

/**
 * Finds where one plugin (with its modules) asks for two instruments of one constant name but of different kinds,
 * naming both requesters. It reads the bytecode of the classes with {@code @PluginTelemetry} injection points
 * for calls such as {@code telemetry.createCounter("name", ...)} on an injected service; names built at run time, and
 * units, are checked when the instrument is created.
 */
final class InstrumentConflicts {

    private static final Map<String, InstrumentKind> KINDS = Arrays.stream(InstrumentKind.values())
            .collect(Collectors.toMap(InstrumentKind::factoryMethod, kind -> kind));

    /** An instrument request found in bytecode. */
    private record Request(InstrumentKind kind, String requester) {
    }

    private InstrumentConflicts() {
    }

    /** The conflicts among the requests made on the resolved injection points' services, one problem each. */
    static List<String> of(List<PluginInjectionPointsBuildItem.Resolved> injectionPoints) {
        Map<String, Request> requests = new HashMap<>();
        List<String> problems = new ArrayList<>();
        PluginBytecode.injectedServices(injectionPoints).forEach((clazz, owners) -> scan(clazz, owners, requests,
                problems));
        return problems;
    }

    private static void scan(ClassInfo clazz, Map<String, PluginOwner> owners, Map<String, Request> requests,
            List<String> problems) {
        ClassNode node = PluginBytecode.read(clazz.name().toString());
        if (node == null) {
            return; // unreadable: its requests are checked at creation
        }
        for (MethodNode method : node.methods) {
            Frame<SourceValue>[] frames = PluginBytecode.frames(node, method);
            if (frames == null) {
                continue; // not analysable: its requests are checked at creation
            }
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode insn = method.instructions.get(i);
                if (insn instanceof MethodInsnNode call && call.owner.equals(PluginBytecode.SERVICE)
                        && KINDS.containsKey(call.name) && frames[i] != null) {
                    String name = PluginBytecode.constant(PluginBytecode.argument(frames[i], call, 0));
                    PluginOwner owner = PluginBytecode.owner(PluginBytecode.receiver(frames[i], call), method, owners);
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
}
