package io.quarkiverse.telemetry.deployment.plugin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

/**
 * The telemetry inventory: what each plugin's code creates and records, read from bytecode ({@link PluginCodeReader}),
 * for the build's checks, the files for operators and other extensions.
 */
class InventoryProcessor {

    /** Quarkus' {@code @Scheduled}, by name: the scheduler need not be there. */
    private static final DotName SCHEDULED = DotName.createSimple("io.quarkus.scheduler.Scheduled");
    private static final DotName SCHEDULES = DotName.createSimple("io.quarkus.scheduler.Scheduled$Schedules");

    @BuildStep
    TelemetryInventoryBuildItem inventory(PluginInjectionPointsBuildItem injectionPoints,
            CombinedIndexBuildItem combinedIndex, ApplicationArchivesBuildItem archives) {
        return new TelemetryInventoryBuildItem(read(injectionPoints.getInjectionPoints(), combinedIndex.getIndex(),
                archives));
    }

    /** The inventory of the plugins and modules of these injection points, following the code the index holds. */
    static List<PluginInventory> read(List<PluginInjectionPointsBuildItem.Resolved> injectionPoints, IndexView index,
            ApplicationArchivesBuildItem archives) {
        Map<String, Map<String, PluginOwner>> injected = new HashMap<>();
        injectionPoints.forEach(resolved -> injected
                .computeIfAbsent(resolved.point().declaringClass().name().toString('/'), name -> new HashMap<>())
                .put(resolved.point().bytecodeKey(), resolved.owner()));
        InventoryFindings findings = PluginCodeReader.read(injected, new ApplicationClasses(index, archives));
        return findings.inventory(injectionPoints.stream().map(PluginInjectionPointsBuildItem.Resolved::owner).toList(),
                className -> scheduledMethods(index, className));
    }

    /** The methods of a class that Quarkus' scheduler runs, as {@code class.method}. */
    private static List<String> scheduledMethods(IndexView index, String className) {
        ClassInfo clazz = index.getClassByName(DotName.createSimple(className));
        if (clazz == null) {
            return List.of();
        }
        return clazz.methods().stream()
                .filter(method -> method.hasDeclaredAnnotation(SCHEDULED) || method.hasDeclaredAnnotation(SCHEDULES))
                .map(method -> className + "." + method.name()).toList();
    }
}
