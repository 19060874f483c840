package io.quarkiverse.telemetry.deployment.plugin;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodParameterInfo;
import org.jboss.jandex.Type;

/**
 * Where a {@code @PluginTelemetry} qualifier stands, described the way a build error should name it.
 *
 * @param target the field or method parameter
 * @param declaringClass the class that declares it
 * @param member the member as an error names it, such as {@code field telemetry} or {@code parameter t of constructor}
 * @param type the injected type
 */
public record InjectionPoint(AnnotationTarget target, ClassInfo declaringClass, String member, Type type) {

    /** The injection point the qualifier is on, or {@code null} if it is not on a field or parameter. */
    static InjectionPoint of(AnnotationInstance qualifier) {
        AnnotationTarget target = qualifier.target();
        if (target.kind() == AnnotationTarget.Kind.FIELD) {
            var field = target.asField();
            return new InjectionPoint(target, field.declaringClass(), "field " + field.name(), field.type());
        }
        if (target.kind() == AnnotationTarget.Kind.METHOD_PARAMETER) {
            MethodParameterInfo parameter = target.asMethodParameter();
            var method = parameter.method();
            String owner = method.isConstructor() ? "constructor" : "method " + method.name() + "()";
            String name = parameter.name() != null ? parameter.name() : "#" + parameter.position();
            return new InjectionPoint(target, method.declaringClass(), "parameter " + name + " of " + owner,
                    method.parameterType(parameter.position()));
        }
        return null;
    }

    /**
     * The member as bytecode names it within its class: the field's name, or the method's name and descriptor with
     * the parameter's position ({@code <init>(Lcom/acme/T;)V#0}).
     */
    public String bytecodeKey() {
        if (target.kind() == AnnotationTarget.Kind.FIELD) {
            return target.asField().name();
        }
        var parameter = target.asMethodParameter();
        return bytecodeKey(parameter.method().name(), parameter.method().descriptor(), parameter.position());
    }

    /** The key of a method parameter given by name, descriptor and position. */
    static String bytecodeKey(String methodName, String descriptor, int position) {
        return methodName + descriptor + "#" + position;
    }

    @Override
    public String toString() {
        return declaringClass.name() + " (" + member + ")";
    }
}
