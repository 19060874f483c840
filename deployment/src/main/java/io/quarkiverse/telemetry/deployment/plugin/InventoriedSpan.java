package io.quarkiverse.telemetry.deployment.plugin;

import java.util.List;
import java.util.Optional;

/**
 * One span of a plugin, as the build found it in the plugin's code: started by {@code startActiveSpan} or by the
 * plugin's tracer with a constant name.
 *
 * @param name the span's name
 * @param moduleId the module that starts it, empty for the plugin itself
 * @param kinds the kinds it is started as, in lower case ({@code internal}, {@code server}, ...), empty when the code
 *        computes one at run time
 * @param startedIn the methods that start it, each as the chain of calls that leads there from the class with the
 *        injection point
 */
public record InventoriedSpan(String name, String moduleId, Optional<List<String>> kinds, List<String> startedIn) {
}
