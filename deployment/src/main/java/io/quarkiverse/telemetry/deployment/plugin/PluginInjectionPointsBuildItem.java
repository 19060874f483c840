package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;

import io.quarkus.builder.item.SimpleBuildItem;

/**
 * Every {@code @PluginTelemetry} injection point of the application, resolved to the plugin or module it belongs to: the
 * one scan of the qualifier, which every later step reads. Produced only when every point resolves (otherwise the
 * build has failed, listing them all).
 */
public final class PluginInjectionPointsBuildItem extends SimpleBuildItem {

    /**
     * One injection point and its owner.
     *
     * @param point where the qualifier stands
     * @param owner the plugin or module the injected service belongs to
     * @param explicit whether the qualifier names the owner, rather than the class's plugin annotations
     */
    public record Resolved(InjectionPoint point, PluginOwner owner, boolean explicit) {
    }

    private final List<Resolved> injectionPoints;

    public PluginInjectionPointsBuildItem(List<Resolved> injectionPoints) {
        this.injectionPoints = List.copyOf(injectionPoints);
    }

    public List<Resolved> getInjectionPoints() {
        return injectionPoints;
    }
}
