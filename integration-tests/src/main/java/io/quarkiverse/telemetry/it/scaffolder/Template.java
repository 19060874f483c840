package io.quarkiverse.telemetry.it.scaffolder;

import java.util.List;

/** A template: steps run in order as a task. */
public record Template(String name, List<Step> steps) {
}
