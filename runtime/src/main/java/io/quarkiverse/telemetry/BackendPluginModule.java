package io.quarkiverse.telemetry;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a class, or every class of a package (in its {@code package-info.java}), as part of a module that extends a
 * backend plugin, such as a catalog processor for GitHub. Its {@code @PluginTelemetry TelemetryService} injection
 * points get the service of the module: instruments in the plugin's scope, the same instrument as the plugin's for the
 * same name and kind, and every measurement and span of the module carrying the attribute
 * {@value BackstageNaming#MODULE_ATTRIBUTE}{@code =<moduleId>}. Resolved like {@link BackendPlugin}; a class cannot
 * carry both.
 */
@Documented
@Retention(RUNTIME)
@Target({ TYPE, PACKAGE })
public @interface BackendPluginModule {

    /** The id of the plugin the module extends; it must match {@value PluginIds#PATTERN}. */
    String pluginId();

    /** The id of the module, unique within the plugin; it must match {@value PluginIds#PATTERN}. */
    String moduleId();
}
