package io.quarkiverse.telemetry.runtime.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.PluginIdRules;

/**
 * The root service: created at static init with late-bound meters and tracers, bound to the SDK of
 * quarkus-opentelemetry once that exists at run-time init.
 */
public final class DefaultRootTelemetryService extends ScopedTelemetryService implements RootTelemetryService {

    private final Map<String, ScopedTelemetryService> plugins = new ConcurrentHashMap<>();
    private final Map<String, TelemetryService> modules = new ConcurrentHashMap<>();
    private volatile OpenTelemetry openTelemetry;
    private ScopeBinder scopes;

    public DefaultRootTelemetryService() {
        super(ROOT_ID, BackstageNaming.ROOT_SCOPE, Attributes.empty());
    }

    @Override
    public TelemetryService forPlugin(String pluginId) {
        return plugin(pluginId);
    }

    private ScopedTelemetryService plugin(String pluginId) {
        ScopedTelemetryService service = plugins.get(pluginId);
        return service != null ? service : createPlugin(pluginId);
    }

    @Override
    public TelemetryService forModule(String pluginId, String moduleId) {
        TelemetryService module = modules.get(pluginId + '/' + moduleId);
        return module != null ? module : createModule(pluginId, moduleId);
    }

    private synchronized TelemetryService createModule(String pluginId, String moduleId) {
        ScopedTelemetryService plugin = plugin(pluginId);
        return modules.computeIfAbsent(pluginId + '/' + PluginIdRules.requireValidModuleId(moduleId),
                key -> new ModuleTelemetryService(plugin, moduleId));
    }

    private synchronized ScopedTelemetryService createPlugin(String pluginId) {
        return plugins.computeIfAbsent(PluginIdRules.requireValidPluginId(pluginId), id -> {
            var service = ScopedTelemetryService.ofPlugin(id);
            if (scopes != null) {
                service.bindScope(scopes);
            }
            return service;
        });
    }

    /** Binds the root and every plugin service to the SDK; plugins created later are bound as they are created. */
    public void bind(OpenTelemetry openTelemetry) {
        bind(openTelemetry, ScopeBinder.of(openTelemetry));
    }

    /**
     * Binds the root and every plugin service to the scopes given; plugins created later are bound as they are
     * created.
     *
     * @param openTelemetry what {@link #getOpenTelemetry()} returns from now on
     */
    public synchronized void bind(OpenTelemetry openTelemetry, ScopeBinder scopes) {
        bindScope(scopes);
        plugins.values().forEach(service -> service.bindScope(scopes));
        this.scopes = scopes;
        this.openTelemetry = openTelemetry;
    }

    @Override
    public OpenTelemetry getOpenTelemetry() {
        OpenTelemetry sdk = openTelemetry;
        if (sdk == null) {
            throw new IllegalStateException("The OpenTelemetry SDK starts at run-time init; it is not available during"
                    + " static init. Create instruments through this service instead: they are usable at once.");
        }
        return sdk;
    }
}
