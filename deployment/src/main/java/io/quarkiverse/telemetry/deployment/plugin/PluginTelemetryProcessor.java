package io.quarkiverse.telemetry.deployment.plugin;

import static io.quarkiverse.telemetry.deployment.plugin.PluginDotNames.PLUGIN_TELEMETRY;
import static io.quarkiverse.telemetry.deployment.plugin.PluginDotNames.ROOT_TELEMETRY_SERVICE;
import static io.quarkiverse.telemetry.deployment.plugin.PluginDotNames.TELEMETRY_SERVICE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import io.quarkiverse.telemetry.PluginIds;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.deployment.plugin.PluginInjectionPointsBuildItem.Resolved;
import io.quarkiverse.telemetry.internal.PluginIdRules;
import io.quarkiverse.telemetry.runtime.service.TelemetryServiceRecorder;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.InjectionPointTransformerBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.processor.InjectionPointsTransformer;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * Resolves every {@code @PluginTelemetry TelemetryService} injection point to a plugin (or plugin module) at build time,
 * fails the build on one that resolves to none, and generates one {@link TelemetryService} bean per plugin and module.
 */
class PluginTelemetryProcessor {

    private static final Set<DotName> LOOKUPS = Set.of(DotName.createSimple(Instance.class),
            DotName.createSimple(InjectableInstance.class), DotName.createSimple(Provider.class));

    /** Adds the qualifier to the bean archive index so that ArC knows it (the runtime jar is not a bean archive). */
    @BuildStep
    AdditionalBeanBuildItem registerQualifier() {
        return new AdditionalBeanBuildItem(PluginTelemetry.class);
    }

    /** The one scan of {@code @PluginTelemetry}: every problem fails the build at once, naming class and member. */
    @BuildStep
    PluginInjectionPointsBuildItem resolveInjectionPoints(CombinedIndexBuildItem combinedIndex,
            ApplicationArchivesBuildItem archives) {
        IndexView index = combinedIndex.getIndex();
        PluginIdResolver resolver = new PluginIdResolver(index);
        List<String> problems = new ArrayList<>(resolver.invalidDeclarations());
        List<Resolved> resolved = new ArrayList<>();
        for (AnnotationInstance qualifier : index.getAnnotations(PLUGIN_TELEMETRY)) {
            InjectionPoint point = InjectionPoint.of(qualifier);
            if (point == null) {
                continue; // on a producer method: not an injection point
            }
            if (!isTelemetryService(point.type())) {
                problems.add("@PluginTelemetry on " + point + " qualifies a " + point.type()
                        + ", but it only qualifies a TelemetryService: change the type or remove the annotation");
                continue;
            }
            PluginOwner explicit = explicitOwner(qualifier);
            if (explicit != null) {
                String problem = explicitProblem(explicit, point);
                if (problem == null) {
                    resolved.add(new Resolved(point, explicit, true));
                } else {
                    problems.add(problem);
                }
                continue;
            }
            PluginOwner owner = resolver.ownerOf(point.declaringClass());
            if (owner == null) {
                problems.add("@PluginTelemetry on " + point + " belongs to no plugin: annotate "
                        + point.declaringClass().name() + " (or an enclosing class, or its package in package-info.java)"
                        + " with @BackendPlugin(\"<plugin-id>\") or @BackendPluginModule, or name the plugin with"
                        + " @PluginTelemetry(\"<plugin-id>\")");
            } else {
                resolved.add(new Resolved(point, owner, false));
            }
        }
        if (!problems.isEmpty()) {
            // The build stops here: what the later check would find among the resolved points is reported now.
            problems.addAll(InstrumentConflictsProcessor.conflicts(InventoryProcessor.read(resolved, index, archives)));
            throw BuildProblems.asError(problems);
        }
        return new PluginInjectionPointsBuildItem(resolved);
    }

    /** One service per plugin and module that is injected somewhere. */
    @BuildStep
    void pluginServices(PluginInjectionPointsBuildItem injectionPoints, BuildProducer<PluginTelemetryBuildItem> plugins) {
        injectionPoints.getInjectionPoints().stream().map(Resolved::owner).distinct()
                .sorted(Comparator.comparing(PluginOwner::pluginId).thenComparing(PluginOwner::moduleId))
                .forEach(owner -> plugins.produce(new PluginTelemetryBuildItem(owner)));
    }

    /** Rewrites {@code @PluginTelemetry} without a value into {@code @PluginTelemetry("<resolved id>")}. */
    @BuildStep
    InjectionPointTransformerBuildItem implicitPluginIds(PluginInjectionPointsBuildItem injectionPoints) {
        Map<DotName, PluginOwner> owners = new HashMap<>();
        for (Resolved resolved : injectionPoints.getInjectionPoints()) {
            if (!resolved.explicit()) {
                owners.put(resolved.point().declaringClass().name(), resolved.owner());
            }
        }
        return new InjectionPointTransformerBuildItem(new ImplicitPluginIdTransformer(owners));
    }

    private static String explicitProblem(PluginOwner explicit, InjectionPoint point) {
        String written = "@PluginTelemetry(" + (explicit.isModule()
                ? "value = \"" + explicit.pluginId() + "\", module = \"" + explicit.moduleId() + "\""
                : "\"" + explicit.pluginId() + "\"") + ") on " + point;
        if (explicit.pluginId().isEmpty()) {
            return written + " names a module but no plugin: a module belongs to a plugin; set value too";
        }
        if (!PluginIds.isValid(explicit.pluginId())) {
            return written + " names an invalid plugin id: " + PluginIdRules.PLUGIN_RULE;
        }
        if (explicit.isModule() && !PluginIds.isValid(explicit.moduleId())) {
            return written + " names an invalid module id: " + PluginIdRules.MODULE_RULE;
        }
        return null;
    }

    /**
     * One bean per plugin and per module, the service the root bean gives for it: the root installed at static init,
     * or the application's replacement of it.
     */
    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void pluginBeans(TelemetryServiceRecorder recorder, List<PluginTelemetryBuildItem> plugins,
            BuildProducer<SyntheticBeanBuildItem> beans) {
        for (PluginTelemetryBuildItem plugin : plugins) {
            PluginOwner owner = plugin.getOwner();
            beans.produce(SyntheticBeanBuildItem.configure(TelemetryService.class)
                    .addQualifier(qualifier(owner))
                    .scope(Singleton.class)
                    .addInjectionPoint(ClassType.create(ROOT_TELEMETRY_SERVICE))
                    .createWith(recorder.pluginService(owner.pluginId(), owner.moduleId()))
                    .done());
        }
    }

    /** {@code TelemetryService}, or a lookup of one: {@code Instance<TelemetryService>}, {@code Provider<..>}. */
    private static boolean isTelemetryService(Type type) {
        if (type.name().equals(TELEMETRY_SERVICE)) {
            return true;
        }
        return LOOKUPS.contains(type.name()) && type.kind() == Type.Kind.PARAMETERIZED_TYPE
                && type.asParameterizedType().arguments().get(0).name().equals(TELEMETRY_SERVICE);
    }

    private static AnnotationInstance qualifier(PluginOwner owner) {
        return AnnotationInstance.builder(PLUGIN_TELEMETRY).add("value", owner.pluginId())
                .add("module", owner.moduleId()).build();
    }

    /** The plugin (and module) the qualifier names, or {@code null} if it names none. */
    private static PluginOwner explicitOwner(AnnotationInstance qualifier) {
        String pluginId = stringValue(qualifier, "value");
        String moduleId = stringValue(qualifier, "module");
        return pluginId.isEmpty() && moduleId.isEmpty() ? null : new PluginOwner(pluginId, moduleId);
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? "" : value.asString();
    }

    /** Puts the owner of the injection point's class into a {@code @PluginTelemetry} that names none. */
    private record ImplicitPluginIdTransformer(Map<DotName, PluginOwner> owners) implements InjectionPointsTransformer {

        @Override
        public boolean appliesTo(Type requiredType) {
            return isTelemetryService(requiredType);
        }

        @Override
        public void transform(TransformationContext context) {
            AnnotationInstance implicit = context.getQualifiers().stream()
                    .filter(q -> q.name().equals(PLUGIN_TELEMETRY) && explicitOwner(q) == null)
                    .findFirst().orElse(null);
            if (implicit == null) {
                return;
            }
            AnnotationTarget target = context.getAnnotationTarget();
            ClassInfo declaringClass = target.kind() == AnnotationTarget.Kind.FIELD ? target.asField().declaringClass()
                    : target.kind() == AnnotationTarget.Kind.METHOD_PARAMETER
                            ? target.asMethodParameter().method().declaringClass()
                            : target.asMethod().declaringClass();
            PluginOwner owner = owners.get(declaringClass.name());
            if (owner != null) {
                context.transform().remove(q -> q == implicit).add(qualifier(owner)).done();
            }
        }
    }
}
