package io.quarkiverse.telemetry.it.catalog;

/** A catalog entity, e.g. a component or an API. */
public record Entity(String kind, String name) {
}
