package io.quarkiverse.telemetry.deployment;

import static io.quarkiverse.telemetry.deployment.TelemetryDotNames.BACKEND_PLUGIN;

import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkiverse.telemetry.PluginIds;

/**
 * Finds the plugin a class belongs to: the {@code @BackendPlugin} of the class, else of its nearest enclosing class,
 * else of its package.
 */
final class PluginIdResolver {

    private final IndexView index;

    PluginIdResolver(IndexView index) {
        this.index = index;
    }

    /** The plugin id, or {@code null} if the class belongs to no plugin. */
    String pluginOf(ClassInfo clazz) {
        for (ClassInfo current = clazz; current != null; current = enclosing(current)) {
            AnnotationInstance plugin = current.declaredAnnotation(BACKEND_PLUGIN);
            if (plugin != null) {
                return plugin.value().asString();
            }
        }
        ClassInfo packageInfo = index.getClassByName(DotName.createSimple(clazz.name().packagePrefix() + ".package-info"));
        AnnotationInstance plugin = packageInfo == null ? null : packageInfo.declaredAnnotation(BACKEND_PLUGIN);
        return plugin == null ? null : plugin.value().asString();
    }

    /** A message for each {@code @BackendPlugin} whose id is not a valid plugin id. */
    List<String> invalidBackendPlugins() {
        List<String> problems = new ArrayList<>();
        for (AnnotationInstance plugin : index.getAnnotations(BACKEND_PLUGIN)) {
            String id = plugin.value().asString();
            if (!PluginIds.isValid(id)) {
                problems.add("@BackendPlugin(\"" + id + "\") on " + plugin.target().asClass().name()
                        + " names an invalid plugin id: " + PluginIds.RULE);
            }
        }
        return problems;
    }

    private ClassInfo enclosing(ClassInfo clazz) {
        DotName enclosing = clazz.enclosingClass();
        return enclosing == null ? null : index.getClassByName(enclosing);
    }
}
