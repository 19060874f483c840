package io.quarkiverse.telemetry.deployment.plugin;

import static io.quarkiverse.telemetry.deployment.plugin.PluginDotNames.BACKEND_PLUGIN;
import static io.quarkiverse.telemetry.deployment.plugin.PluginDotNames.BACKEND_PLUGIN_MODULE;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkiverse.telemetry.PluginIds;
import io.quarkiverse.telemetry.internal.PluginIdRules;

/**
 * Finds the plugin, or plugin module, a class belongs to: the {@code @BackendPlugin} or {@code @BackendPluginModule}
 * of the class, else of its nearest enclosing class, else of its package.
 */
final class PluginIdResolver {

    private final IndexView index;

    PluginIdResolver(IndexView index) {
        this.index = index;
    }

    /** The owner, or {@code null} if the class belongs to no plugin. */
    PluginOwner ownerOf(ClassInfo clazz) {
        for (ClassInfo current = clazz; current != null; current = enclosing(current)) {
            PluginOwner owner = declaredOwner(current);
            if (owner != null) {
                return owner;
            }
        }
        ClassInfo packageInfo = index.getClassByName(DotName.createSimple(clazz.name().packagePrefix() + ".package-info"));
        return packageInfo == null ? null : declaredOwner(packageInfo);
    }

    private static PluginOwner declaredOwner(ClassInfo clazz) {
        AnnotationInstance plugin = clazz.declaredAnnotation(BACKEND_PLUGIN);
        if (plugin != null) {
            return PluginOwner.plugin(plugin.value().asString());
        }
        AnnotationInstance module = clazz.declaredAnnotation(BACKEND_PLUGIN_MODULE);
        return module == null ? null
                : new PluginOwner(module.value("pluginId").asString(), module.value("moduleId").asString());
    }

    /** A message for each {@code @BackendPlugin} or {@code @BackendPluginModule} that names an invalid id. */
    List<String> invalidDeclarations() {
        List<String> problems = new ArrayList<>();
        for (AnnotationInstance plugin : index.getAnnotations(BACKEND_PLUGIN)) {
            String id = plugin.value().asString();
            if (!PluginIds.isValid(id)) {
                problems.add("@BackendPlugin(\"" + id + "\") on " + plugin.target().asClass().name()
                        + " names an invalid plugin id: " + PluginIdRules.PLUGIN_RULE);
            }
            if (plugin.target().asClass().declaredAnnotation(BACKEND_PLUGIN_MODULE) != null) {
                problems.add(plugin.target().asClass().name() + " carries both @BackendPlugin and @BackendPluginModule:"
                        + " a class belongs to a plugin or to a module of one; keep one");
            }
        }
        for (AnnotationInstance module : index.getAnnotations(BACKEND_PLUGIN_MODULE)) {
            String pluginId = module.value("pluginId").asString();
            String moduleId = module.value("moduleId").asString();
            String declaration = "@BackendPluginModule(pluginId = \"" + pluginId + "\", moduleId = \"" + moduleId
                    + "\") on " + module.target().asClass().name();
            if (!PluginIds.isValid(pluginId)) {
                problems.add(declaration + " names an invalid plugin id: " + PluginIdRules.PLUGIN_RULE);
            }
            if (!PluginIds.isValid(moduleId)) {
                problems.add(declaration + " names an invalid module id: " + PluginIdRules.MODULE_RULE);
            }
        }
        return problems;
    }

    private ClassInfo enclosing(ClassInfo clazz) {
        DotName enclosing = clazz.enclosingClass();
        return enclosing == null ? null : index.getClassByName(enclosing);
    }
}
