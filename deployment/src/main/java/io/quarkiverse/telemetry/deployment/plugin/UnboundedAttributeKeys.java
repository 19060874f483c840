package io.quarkiverse.telemetry.deployment.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.jandex.ClassInfo;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.quarkiverse.telemetry.InstrumentKind;

/**
 * Finds constant attribute keys that usually take one value per user, entity or request (such as {@code user} or
 * {@code entity.id}) recorded on a plugin's metric instrument: each value becomes a series of its own, so memory and
 * the scrape grow without bound. It reads the classes with {@code @PluginTelemetry} injection points for measurements
 * ({@code add}, {@code record}, {@code set}, and {@code bind}) whose attributes are built in place or in a constant from
 * constant keys ({@code Attributes.of(USER, user)}, {@code Attributes.builder().put("user", user)}), and names the
 * instrument where the code creates it with a constant name. Keys computed at run time are not seen.
 */
final class UnboundedAttributeKeys {

    private static final Set<String> INSTRUMENTS = Set.of("LongCounter", "DoubleCounter", "LongUpDownCounter",
            "DoubleUpDownCounter", "LongHistogram", "DoubleHistogram", "LongGauge", "DoubleGauge",
            "ObservableLongMeasurement", "ObservableDoubleMeasurement").stream()
            .map(name -> "io/opentelemetry/api/metrics/" + name).collect(Collectors.toSet());
    private static final Set<String> MEASUREMENTS = Set.of("add", "record", "set");
    private static final Set<String> FACTORIES = Arrays.stream(InstrumentKind.values())
            .map(InstrumentKind::factoryMethod).collect(Collectors.toSet());
    private static final String ATTRIBUTES = Type.getInternalName(Attributes.class);
    private static final String ATTRIBUTES_DESCRIPTOR = Type.getDescriptor(Attributes.class);
    private static final String ATTRIBUTE_KEY = Type.getInternalName(AttributeKey.class);
    private static final String ATTRIBUTES_BUILDER = Type.getInternalName(AttributesBuilder.class);
    private static final String METER = Type.getInternalName(Meter.class);
    /** How many hops (locals, constants, builder calls) a value is followed through. */
    private static final int MAX_HOPS = 32;

    /** One key recorded on one instrument in one method. */
    record Finding(String key, String instrument, PluginOwner owner, String method) {

        String message(String keysSetting) {
            return "Attribute '" + key + "' is recorded on " + instrument + " of " + owner + " in " + method
                    + ": such a key usually takes one value per user, entity or request, and each value is a series"
                    + " of its own (memory and scrape grow without bound); put it on a span instead, or record a"
                    + " bounded value (" + keysSetting + " lists the keys checked)";
        }
    }

    /** An instruction in the method it belongs to, with what the method's frames say about it. */
    private record Site(ClassNode owner, MethodNode method, Frame<SourceValue>[] frames) {

        Frame<SourceValue> frameOf(AbstractInsnNode insn) {
            return frames[method.instructions.indexOf(insn)];
        }

        /** The value this static initialiser gives the field, or {@code null}. */
        SourceValue valueOf(FieldInsnNode field) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTSTATIC
                        && put.name.equals(field.name) && frameOf(put) != null) {
                    Frame<SourceValue> frame = frameOf(put);
                    return frame.getStack(frame.getStackSize() - 1);
                }
            }
            return null;
        }
    }

    private final Predicate<String> unbounded;
    /** Classes read so far, for the constants they hold; {@code null} when unreadable. */
    private final Map<String, Map<String, Site>> staticInitialisers = new HashMap<>();

    private UnboundedAttributeKeys(Predicate<String> unbounded) {
        this.unbounded = unbounded;
    }

    /**
     * The findings in the classes of the resolved injection points, in the order of the code.
     *
     * @param keyPatterns the keys to report, {@code *} standing for any characters
     */
    static List<Finding> of(List<PluginInjectionPointsBuildItem.Resolved> injectionPoints, List<String> keyPatterns) {
        Pattern keys = Pattern.compile(keyPatterns.stream()
                .map(key -> Pattern.quote(key).replace("*", "\\E.*\\Q")).collect(Collectors.joining("|")));
        UnboundedAttributeKeys scan = new UnboundedAttributeKeys(key -> keys.matcher(key).matches());
        Set<Finding> findings = new LinkedHashSet<>();
        PluginBytecode.injectedServices(injectionPoints).forEach((clazz, owners) -> scan.scan(clazz, owners, findings));
        return new ArrayList<>(findings);
    }

    private void scan(ClassInfo clazz, Map<String, PluginOwner> owners, Set<Finding> findings) {
        ClassNode node = PluginBytecode.read(clazz.name().toString());
        if (node == null) {
            return;
        }
        List<Site> sites = new ArrayList<>();
        Map<String, String> instrumentFields = new HashMap<>();
        for (MethodNode method : node.methods) {
            Frame<SourceValue>[] frames = PluginBytecode.frames(node, method);
            if (frames != null) {
                Site site = new Site(node, method, frames);
                sites.add(site);
                findInstrumentFields(site, instrumentFields);
            }
        }
        PluginOwner plugin = owners.values().iterator().next();
        for (Site site : sites) {
            for (AbstractInsnNode insn : site.method.instructions) {
                if (!(insn instanceof MethodInsnNode call) || site.frameOf(insn) == null) {
                    continue;
                }
                Frame<SourceValue> frame = site.frameOf(insn);
                SourceValue instrument;
                SourceValue attributes;
                PluginOwner owner = plugin;
                if (INSTRUMENTS.contains(call.owner) && MEASUREMENTS.contains(call.name)
                        && call.desc.contains(ATTRIBUTES_DESCRIPTOR)) {
                    instrument = PluginBytecode.receiver(frame, call);
                    attributes = PluginBytecode.argument(frame, call, 1);
                } else if (call.owner.equals(PluginBytecode.SERVICE) && call.name.equals("bind")) {
                    instrument = PluginBytecode.argument(frame, call, 0);
                    attributes = PluginBytecode.argument(frame, call, 1);
                    PluginOwner service = PluginBytecode.owner(PluginBytecode.receiver(frame, call), site.method,
                            owners);
                    owner = service != null ? service : plugin;
                } else {
                    continue;
                }
                Set<String> keys = new LinkedHashSet<>();
                keysOf(site, attributes, keys, 0);
                String where = node.name.replace('/', '.') + "." + site.method.name;
                String named = instrumentName(site, instrument, instrumentFields);
                PluginOwner recorder = owner;
                keys.stream().filter(unbounded).forEach(key -> findings.add(new Finding(key, named, recorder, where)));
            }
        }
    }

    /** The instrument fields the class assigns from a creation with a constant name. */
    private void findInstrumentFields(Site site, Map<String, String> instrumentFields) {
        for (AbstractInsnNode insn : site.method.instructions) {
            if (insn instanceof FieldInsnNode field
                    && (field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC)
                    && site.frameOf(insn) != null) {
                Frame<SourceValue> frame = site.frameOf(insn);
                String name = createdName(site, frame.getStack(frame.getStackSize() - 1), 0);
                if (name != null) {
                    instrumentFields.put(field.name, name);
                }
            }
        }
    }

    /** How a finding names the instrument: by its name where known, else by the field holding it. */
    private String instrumentName(Site site, SourceValue instrument, Map<String, String> instrumentFields) {
        String created = createdName(site, instrument, 0);
        if (created != null) {
            return "instrument '" + created + "'";
        }
        AbstractInsnNode source = PluginBytecode.source(instrument);
        if (source instanceof FieldInsnNode field) {
            String name = instrumentFields.get(field.name);
            return name != null ? "instrument '" + name + "'" : "the instrument in field '" + field.name + "'";
        }
        return "an instrument";
    }

    /** The constant name of the instrument a value is created as, through the service or a meter's builder. */
    private String createdName(Site site, SourceValue value, int hops) {
        AbstractInsnNode source = followLocal(site, PluginBytecode.source(value));
        if (hops > MAX_HOPS || !(source instanceof MethodInsnNode call) || site.frameOf(call) == null) {
            return null;
        }
        Frame<SourceValue> frame = site.frameOf(call);
        if ((call.owner.equals(PluginBytecode.SERVICE) && FACTORIES.contains(call.name))
                || (call.owner.equals(METER) && call.name.endsWith("Builder"))) {
            return PluginBytecode.constant(PluginBytecode.argument(frame, call, 0));
        }
        if (call.owner.endsWith("Builder") && call.getOpcode() != Opcodes.INVOKESTATIC) {
            return createdName(site, PluginBytecode.receiver(frame, call), hops + 1);
        }
        return null;
    }

    /** Adds the constant keys of an attribute set built in place, in a local or in a constant. */
    private void keysOf(Site site, SourceValue attributes, Set<String> keys, int hops) {
        AbstractInsnNode source = followLocal(site, PluginBytecode.source(attributes));
        if (hops > MAX_HOPS || source == null) {
            return;
        }
        if (source instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC) {
            throughConstant(field, (initialiser, value) -> keysOf(initialiser, value, keys, hops + 1));
            return;
        }
        if (!(source instanceof MethodInsnNode call) || site.frameOf(call) == null) {
            return;
        }
        Frame<SourceValue> frame = site.frameOf(call);
        Type[] arguments = Type.getArgumentTypes(call.desc);
        if (call.owner.equals(ATTRIBUTES) && call.name.equals("of")) {
            for (int key = 0; key < arguments.length; key += 2) {
                addKey(site, PluginBytecode.argument(frame, call, key), keys, hops + 1);
            }
        } else if (call.owner.equals(ATTRIBUTES_BUILDER)) {
            if (call.name.equals("put") && arguments.length == 2) {
                addKey(site, PluginBytecode.argument(frame, call, 0), keys, hops + 1);
            }
            keysOf(site, PluginBytecode.receiver(frame, call), keys, hops + 1);
        }
    }

    /** Adds a key given as a string constant, an {@code AttributeKey.stringKey("...")} call, or a key constant. */
    private void addKey(Site site, SourceValue key, Set<String> keys, int hops) {
        String constant = PluginBytecode.constant(key);
        if (constant != null) {
            keys.add(constant);
            return;
        }
        AbstractInsnNode source = followLocal(site, PluginBytecode.source(key));
        if (hops > MAX_HOPS || source == null) {
            return;
        }
        if (source instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC) {
            throughConstant(field, (initialiser, value) -> addKey(initialiser, value, keys, hops + 1));
        } else if (source instanceof MethodInsnNode call && call.owner.equals(ATTRIBUTE_KEY)
                && call.getOpcode() == Opcodes.INVOKESTATIC && site.frameOf(call) != null) {
            addKey(site, PluginBytecode.argument(site.frameOf(call), call, 0), keys, hops + 1);
        }
    }

    /** Follows a static field to the value its class's static initialiser gives it, when that can be read. */
    private void throughConstant(FieldInsnNode field, BiConsumer<Site, SourceValue> follow) {
        Site initialiser = staticValue(field);
        SourceValue value = initialiser == null ? null : initialiser.valueOf(field);
        if (value != null) {
            follow.accept(initialiser, value);
        }
    }

    /** The instruction storing a local, when the value is read from one. */
    private static AbstractInsnNode followLocal(Site site, AbstractInsnNode source) {
        for (int hops = 0; source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD
                && site.frameOf(load) != null && hops < MAX_HOPS; hops++) {
            AbstractInsnNode store = PluginBytecode.source(site.frameOf(load).getLocal(load.var));
            if (!(store instanceof VarInsnNode stored) || stored.getOpcode() != Opcodes.ASTORE
                    || site.frameOf(stored) == null) {
                return source; // a parameter, or stored on several paths
            }
            Frame<SourceValue> frame = site.frameOf(stored);
            source = PluginBytecode.source(frame.getStack(frame.getStackSize() - 1));
        }
        return source;
    }

    /** The static initialiser of the field's class, where the field's constant value is set; {@code null} if none. */
    private Site staticValue(FieldInsnNode field) {
        Map<String, Site> byField = staticInitialisers.computeIfAbsent(field.owner, owner -> {
            ClassNode node = PluginBytecode.read(owner.replace('/', '.'));
            Map<String, Site> assigned = new HashMap<>();
            if (node != null) {
                for (MethodNode method : node.methods) {
                    Frame<SourceValue>[] frames = method.name.equals("<clinit>") ? PluginBytecode.frames(node, method)
                            : null;
                    if (frames != null) {
                        Site site = new Site(node, method, frames);
                        for (AbstractInsnNode insn : method.instructions) {
                            if (insn instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTSTATIC) {
                                assigned.put(put.name, site);
                            }
                        }
                    }
                }
            }
            return assigned;
        });
        return byField.get(field.name);
    }
}
