package io.quarkiverse.telemetry.deployment;

import static io.quarkiverse.telemetry.deployment.TelemetryDotNames.PLUGIN_TELEMETRY;
import static io.quarkiverse.telemetry.deployment.TelemetryDotNames.ROOT_TELEMETRY_SERVICE;
import static io.quarkiverse.telemetry.deployment.TelemetryDotNames.TELEMETRY_SERVICE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.DeploymentException;
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
import io.quarkiverse.telemetry.runtime.TelemetryStaticInitRecorder;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.InjectionPointTransformerBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.processor.InjectionPointsTransformer;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
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

    @BuildStep
    void resolvePlugins(CombinedIndexBuildItem combinedIndex, BuildProducer<PluginTelemetryBuildItem> plugins,
            BuildProducer<InjectionPointTransformerBuildItem> transformers) {
        IndexView index = combinedIndex.getIndex();
        PluginIdResolver resolver = new PluginIdResolver(index);
        List<String> problems = new ArrayList<>(resolver.invalidDeclarations());
        Set<PluginOwner> owners = new TreeSet<>(Comparator.comparing(PluginOwner::pluginId)
                .thenComparing(PluginOwner::moduleId));
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
                String problem = explicitProblem(qualifier, explicit, point);
                if (problem == null) {
                    owners.add(explicit);
                } else {
                    problems.add(problem);
                }
                continue;
            }
            PluginOwner resolved = resolver.ownerOf(point.declaringClass());
            if (resolved == null) {
                problems.add("@PluginTelemetry on " + point + " belongs to no plugin: annotate "
                        + point.declaringClass().name() + " (or an enclosing class, or its package in package-info.java)"
                        + " with @BackendPlugin(\"<plugin-id>\") or @BackendPluginModule, or name the plugin with"
                        + " @PluginTelemetry(\"<plugin-id>\")");
            } else if (PluginIdResolver.isValid(resolved)) {
                owners.add(resolved);
            }
        }
        if (!problems.isEmpty()) {
            throw new DeploymentException("quarkus-telemetry found " + problems.size() + " problem(s):\n- "
                    + String.join("\n- ", problems));
        }
        owners.forEach(owner -> plugins.produce(new PluginTelemetryBuildItem(owner.pluginId(), owner.moduleId())));
        transformers.produce(new InjectionPointTransformerBuildItem(new ImplicitPluginIdTransformer(resolver)));
    }

    private static String explicitProblem(AnnotationInstance qualifier, PluginOwner explicit, InjectionPoint point) {
        String written = "@PluginTelemetry(" + (explicit.isModule()
                ? "value = \"" + explicit.pluginId() + "\", module = \"" + explicit.moduleId() + "\""
                : "\"" + explicit.pluginId() + "\"") + ") on " + point;
        if (explicit.pluginId().isEmpty()) {
            return written + " names a module but no plugin: a module belongs to a plugin; set value too";
        }
        if (!PluginIds.isValid(explicit.pluginId())) {
            return written + " names an invalid plugin id: " + PluginIds.RULE;
        }
        if (explicit.isModule() && !PluginIds.isValid(explicit.moduleId())) {
            return written + " names an invalid module id: " + PluginIds.MODULE_RULE;
        }
        return null;
    }

    /**
     * One bean per plugin and per module, the service the root bean gives for it: the root installed at static init,
     * or the application's replacement of it.
     */
    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void pluginBeans(TelemetryStaticInitRecorder recorder, List<PluginTelemetryBuildItem> plugins,
            BuildProducer<SyntheticBeanBuildItem> beans) {
        for (PluginTelemetryBuildItem plugin : plugins) {
            beans.produce(SyntheticBeanBuildItem.configure(TelemetryService.class)
                    .addQualifier(qualifier(new PluginOwner(plugin.getPluginId(), plugin.getModuleId())))
                    .scope(Singleton.class)
                    .addInjectionPoint(ClassType.create(ROOT_TELEMETRY_SERVICE))
                    .createWith(recorder.pluginService(plugin.getPluginId(), plugin.getModuleId()))
                    .done());
        }
    }

    /** {@code TelemetryService}, or a lookup of one: {@code Instance<TelemetryService>}, {@code Provider<..>}. */
    static boolean isTelemetryService(Type type) {
        if (type.name().equals(TELEMETRY_SERVICE)) {
            return true;
        }
        return LOOKUPS.contains(type.name()) && type.kind() == Type.Kind.PARAMETERIZED_TYPE
                && type.asParameterizedType().arguments().get(0).name().equals(TELEMETRY_SERVICE);
    }

    static AnnotationInstance qualifier(PluginOwner owner) {
        return AnnotationInstance.builder(PLUGIN_TELEMETRY).add("value", owner.pluginId())
                .add("module", owner.moduleId()).build();
    }

    /** The plugin (and module) the qualifier names, or {@code null} if it names none. */
    static PluginOwner explicitOwner(AnnotationInstance qualifier) {
        String pluginId = stringValue(qualifier, "value");
        String moduleId = stringValue(qualifier, "module");
        return pluginId.isEmpty() && moduleId.isEmpty() ? null : new PluginOwner(pluginId, moduleId);
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? "" : value.asString();
    }

    /** Rewrites {@code @PluginTelemetry} without a value into {@code @PluginTelemetry("<resolved id>")}. */
    private record ImplicitPluginIdTransformer(PluginIdResolver resolver) implements InjectionPointsTransformer {

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
            context.transform().remove(q -> q == implicit).add(qualifier(resolver.ownerOf(declaringClass))).done();
        }
    }
}
