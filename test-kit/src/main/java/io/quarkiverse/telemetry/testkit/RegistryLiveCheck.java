package io.quarkiverse.telemetry.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.runtime.registry.DeclaredTelemetry;

/**
 * OpenTelemetry Weaver's live check, in a plugin author's test: everything the plugins recorded since the last reset
 * (before every {@code @QuarkusTest} method) must be declared in the telemetry registry the build wrote from their
 * code ({@code target/telemetry/registry/}): no undeclared metric, no undeclared attribute key on a metric, no
 * undeclared span. What does not pass is drift between the code and the registry, such as a metric whose name is
 * computed at run time, or attributes passed in from code the build cannot read.
 *
 * <pre>
 * &#64;Inject
 * RegistryLiveCheck registry;
 *
 * &#64;Test
 * void refreshRecordsOnlyDeclaredTelemetry() {
 *     given().post("/catalog/entities/refresh").then().statusCode(200);
 *     registry.assertRecordedIsDeclared();
 * }
 * </pre>
 *
 * The attribute the extension adds to a module's metrics ({@value BackstageNaming#MODULE_ATTRIBUTE}) is not the
 * code's, and not checked; nor are keys of a metric the registry says is also recorded with keys the build could not
 * see ({@code attributes_complete: false}).
 */
@Singleton
public class RegistryLiveCheck {

    private final RecordedMetrics metrics;
    private final RecordedSpans spans;
    private final Instance<DeclaredTelemetry> registry;

    // an Instance: the build declares the registry in tests only, and this bean may sit in a dev-mode application
    RegistryLiveCheck(RecordedMetrics metrics, RecordedSpans spans, Instance<DeclaredTelemetry> registry) {
        this.metrics = metrics;
        this.spans = spans;
        this.registry = registry;
    }

    /**
     * Asserts that every metric, attribute key and span the plugins recorded since the reset is declared in the
     * registry.
     *
     * @throws AssertionError listing everything undeclared, by plugin, with what the registry declares instead
     */
    public void assertRecordedIsDeclared() {
        if (!registry.isResolvable()) {
            throw new AssertionError("The live check runs in tests (@QuarkusTest) only: the build declares the"
                    + " telemetry registry to the application there");
        }
        DeclaredTelemetry declared = registry.get();
        List<String> undeclared = new ArrayList<>();
        metrics.recordedKeys().forEach((pluginId, recorded) -> recorded.forEach((metric, keys) -> declared
                .attributeKeys(pluginId, metric).ifPresentOrElse(declaredKeys -> {
                    Set<String> extra = new TreeSet<>(keys);
                    extra.removeAll(declaredKeys);
                    extra.remove(BackstageNaming.MODULE_ATTRIBUTE);
                    if (!extra.isEmpty() && !declared.hasUnseenKeys(pluginId, metric)) {
                        undeclared.add("plugin '" + pluginId + "', metric '" + metric + "': attribute keys " + extra
                                + " are not declared; declared: " + declaredKeys);
                    }
                }, () -> undeclared.add("plugin '" + pluginId + "', metric '" + metric + "' is not declared; the"
                        + " plugin's declared metrics: " + declared.metrics(pluginId)))));
        spans.endedNames().forEach((pluginId, names) -> names.stream()
                .filter(name -> !declared.spans(pluginId).contains(name))
                .forEach(name -> undeclared.add("plugin '" + pluginId + "', span '" + name + "' is not declared; the"
                        + " plugin's declared spans: " + declared.spans(pluginId))));
        if (!undeclared.isEmpty()) {
            throw new AssertionError("Recorded since the reset, but not in the telemetry registry the build wrote from"
                    + " the plugins' code (target/telemetry/registry/): a name or key the build cannot see, such as"
                    + " one computed at run time, is not part of the plugins' telemetry API:\n- "
                    + String.join("\n- ", undeclared));
        }
    }
}
