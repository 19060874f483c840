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
 * Without a value, the plugin is the one named by {@link BackendPlugin} on the declaring class, an enclosing class, or
 * the package; the build fails when there is none. With a value, that plugin id is used.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER })
public @interface PluginTelemetry {

    /** The plugin id; empty to take it from the enclosing {@link BackendPlugin}. */
    String value() default "";

    /**
     * A literal for programmatic lookup, e.g. {@code Arc.container().select(TelemetryService.class, Literal.of("catalog"))}.
     */
    final class Literal extends AnnotationLiteral<PluginTelemetry> implements PluginTelemetry {
        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /** The qualifier of the given plugin's service. */
        public static Literal of(String pluginId) {
            return new Literal(pluginId);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
