package io.quarkiverse.telemetry.spi;

import java.time.Duration;
import java.util.Map;

/**
 * What a provider is told about the exporter to create.
 *
 * @param name the exporter's name, the key of {@code telemetry.metrics.exporters."<name>"} (or of tracing)
 * @param key the exporter's configuration key, such as {@code telemetry.metrics.exporters.audit}, for messages
 * @param config the exporter's own settings, {@code <key>.config.*}, by setting name
 * @param exportInterval how often a metric exporter is called ({@code telemetry.metrics.collection.export-interval})
 */
public record ExporterContext(String name, String key, Map<String, String> config, Duration exportInterval) {

    public ExporterContext {
        config = Map.copyOf(config);
    }

    /**
     * The setting, for a provider that requires it.
     *
     * @throws IllegalArgumentException naming the missing key
     */
    public String require(String setting) {
        String value = config.get(setting);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ".config." + setting + " is not set: this exporter requires it");
        }
        return value;
    }
}
