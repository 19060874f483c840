package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * The exporter type of another jar ({@code jsonl-file}, module integration-tests/jsonl-exporter) is selected by
 * configuration alone and receives the plugins' metrics; the demo does not use it otherwise.
 */
@QuarkusTest
@TestProfile(JsonLinesExporterTest.Profile.class)
public class JsonLinesExporterTest {

    static final Path FILE = Path.of("target", "jsonl-exporter-test.jsonl");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("telemetry.metrics.exporters.audit.type", "jsonl-file",
                    "telemetry.metrics.exporters.audit.config.path", FILE.toString(),
                    "telemetry.metrics.collection.export-interval", "500ms");
        }
    }

    @Test
    void pluginMetricsReachTheFile() {
        Scaffolder.run("react-app", "jsonl-henry");

        Eventually.await(Duration.ofSeconds(10), () -> lines().stream().anyMatch(line -> {
            JsonObject point = new JsonObject(line);
            return point.getString("scope").equals("backstage-plugin-scaffolder")
                    && point.getString("name").equals("scaffolder.task.count")
                    && "react-app".equals(point.getJsonObject("attributes").getString("template"))
                    && point.getLong("value") == 1;
        }), "the scaffolder's task count in " + FILE);
        assertTrue(lines().stream().anyMatch(line -> line.contains("\"name\":\"scaffolder.task.duration\"")
                && line.contains("\"count\":")));
    }

    private static List<String> lines() {
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
