package io.quarkiverse.telemetry;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a class, or every class of a package (in its {@code package-info.java}), as part of a backend plugin, so that
 * its {@code @PluginTelemetry TelemetryService} injection points get that plugin's service. Nested classes belong to
 * the plugin of their enclosing class. Subpackages are not covered: annotate each package.
 */
@Documented
@Retention(RUNTIME)
@Target({ TYPE, PACKAGE })
public @interface BackendPlugin {

    /** The plugin id; it must match {@value PluginIds#PATTERN}. */
    String value();
}
