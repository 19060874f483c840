package io.quarkiverse.telemetry.testkit;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.arc.Arc;

/** The plugins of the application under test, as the test kit checks a plugin id against them. */
final class ApplicationPlugins {

    private ApplicationPlugins() {
    }

    /** The plugins with an injected service (the build made a bean for each), sorted. */
    static Set<String> injected() {
        Set<String> plugins = new TreeSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(TelemetryService.class, Any.Literal.INSTANCE)) {
            bean.getQualifiers().stream().filter(PluginTelemetry.class::isInstance).map(PluginTelemetry.class::cast)
                    .map(PluginTelemetry::value).filter(id -> !id.isEmpty()).forEach(plugins::add);
        }
        return plugins;
    }

    /**
     * Fails, naming the plugins, unless the plugin is one of them.
     *
     * @param plugins the injected plugins and those seen in what was recorded
     */
    static void require(String pluginId, Set<String> plugins) {
        if (!plugins.contains(pluginId)) {
            throw new AssertionError("No plugin '" + pluginId + "' in this application; its plugins: " + plugins);
        }
    }
}
