package io.quarkiverse.telemetry;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Qualifies a {@link TelemetryService} injection point with the plugin it belongs to.
 * <p>
 * Without a value, the plugin (or module) is the one named by {@link BackendPlugin} (or {@link BackendPluginModule}) on
 * the declaring class, an enclosing class, or the package; the build fails when there is none. With a value, that
 * plugin id (and {@link #module()}) is used.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER })
public @interface PluginTelemetry {

    /** The plugin id; empty to take it from the enclosing {@link BackendPlugin} or {@link BackendPluginModule}. */
    String value() default "";

    /** The module id, for the service of a module of the plugin; empty for the plugin's own. */
    String module() default "";

    /**
     * A literal for programmatic lookup, e.g. {@code Arc.container().select(TelemetryService.class, Literal.of("catalog"))}.
     */
    final class Literal extends AnnotationLiteral<PluginTelemetry> implements PluginTelemetry {
        private static final long serialVersionUID = 1L;

        private final String value;
        private final String module;

        private Literal(String value, String module) {
            this.value = value;
            this.module = module;
        }

        /** The qualifier of the given plugin's service. */
        public static Literal of(String pluginId) {
            return new Literal(pluginId, "");
        }

        /** The qualifier of the service of the given module of a plugin. */
        public static Literal of(String pluginId, String moduleId) {
            return new Literal(pluginId, moduleId);
        }

        @Override
        public String value() {
            return value;
        }

        @Override
        public String module() {
            return module;
        }
    }
}
