package io.quarkiverse.telemetry.deployment;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodParameterInfo;
import org.jboss.jandex.Type;

/** Where a {@code @PluginTelemetry} qualifier stands, described the way a build error should name it. */
record InjectionPoint(ClassInfo declaringClass, String member, Type type) {

    /** The injection point the qualifier is on, or {@code null} if it is not on a field or parameter. */
    static InjectionPoint of(AnnotationInstance qualifier) {
        AnnotationTarget target = qualifier.target();
        if (target.kind() == AnnotationTarget.Kind.FIELD) {
            var field = target.asField();
            return new InjectionPoint(field.declaringClass(), "field " + field.name(), field.type());
        }
        if (target.kind() == AnnotationTarget.Kind.METHOD_PARAMETER) {
            MethodParameterInfo parameter = target.asMethodParameter();
            var method = parameter.method();
            String owner = method.isConstructor() ? "constructor" : "method " + method.name() + "()";
            String name = parameter.name() != null ? parameter.name() : "#" + parameter.position();
            return new InjectionPoint(method.declaringClass(), "parameter " + name + " of " + owner,
                    method.parameterType(parameter.position()));
        }
        return null;
    }

    @Override
    public String toString() {
        return declaringClass.name() + " (" + member + ")";
    }
}
