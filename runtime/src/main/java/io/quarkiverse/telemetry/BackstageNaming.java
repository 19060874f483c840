package io.quarkiverse.telemetry;

/**
 * The names this extension gives telemetry, as the Backstage telemetry proposal does, so that dashboards and queries
 * written for Backstage work unchanged: what operators see of a plugin in every exported metric and span.
 * <ul>
 * <li>a plugin's instruments and spans carry the instrumentation scope {@code backstage-plugin-<pluginId>}
 * ({@code otel_scope_name} in Prometheus), unless {@code telemetry.plugins."<id>".meter.name} or
 * {@code tracer.name} renames its meter or tracer;</li>
 * <li>every span a plugin starts carries the attribute {@value #PLUGIN_ATTRIBUTE}, as Backstage's tracing service
 * sets it, so a plugin's spans are found whatever its tracer is named;</li>
 * <li>the root service's own carry {@value #ROOT_SCOPE};</li>
 * <li>what a module's service records, and every span it starts, carries the attribute {@value #MODULE_ATTRIBUTE}
 * ({@code backstage_plugin_module} in Prometheus).</li>
 * </ul>
 */
public final class BackstageNaming {

    /** What a plugin's instrumentation scope name starts with, followed by the plugin id. */
    public static final String PLUGIN_SCOPE_PREFIX = "backstage-plugin-";

    /** The instrumentation scope of the root service's own instruments and spans. */
    public static final String ROOT_SCOPE = "backstage-root";

    /** The attribute that names the plugin of every span started through a plugin's or module's service. */
    public static final String PLUGIN_ATTRIBUTE = "backstage.plugin.id";

    /** The attribute that names the module of a measurement or span created through a module's service. */
    public static final String MODULE_ATTRIBUTE = "backstage.plugin.module";

    private BackstageNaming() {
    }

    /** The instrumentation scope name of the plugin's instruments and spans, such as {@code backstage-plugin-catalog}. */
    public static String pluginScope(String pluginId) {
        return PLUGIN_SCOPE_PREFIX + pluginId;
    }
}
