package io.quarkiverse.telemetry.it.catalog;

import java.util.List;

/**
 * A catalog entity, e.g. a component or an API.
 *
 * @param dependsOn the entities it depends on, as {@code kind:name} references: its relations
 */
public record Entity(String kind, String name, List<String> dependsOn) {

    public Entity {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    Entity(String kind, String name) {
        this(kind, name, List.of());
    }
}
