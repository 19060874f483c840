package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

/**
 * Backstage's catalog and scaffolder metrics as Backstage ships them, read from {@code backstage-metrics.tsv} in the
 * test resources (its header says where they come from and what each column holds).
 */
final class BackstageMetricsTable {

    private BackstageMetricsTable() {
    }

    /** One row of the table. */
    record Row(String plugin, String set, String name, String kind, String unit, String description,
            Map<String, List<String>> attributes, String demo) {

        /** The Prometheus family OpenTelemetry's naming gives the instrument. */
        String family() {
            String family = name.replace('.', '_');
            if ((unit.equals("s") || unit.equals("seconds")) && !family.endsWith("_seconds")) {
                family += "_seconds";
            }
            return kind.equals("counter") ? family + "_total" : family;
        }

        String prometheusType() {
            return switch (kind) {
                case "observable gauge" -> "gauge";
                default -> kind;
            };
        }
    }

    static List<Row> rows() {
        try (InputStream table = BackstageMetricsTable.class.getResourceAsStream("/backstage-metrics.tsv")) {
            return new String(table.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("plugin\t") && !line.isBlank())
                    .map(line -> line.split("\t")).map(cells -> new Row(cells[0], cells[1], cells[2], cells[3],
                            cells[4], cells[5], attributes(cells[6]), cells[7]))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code key=v1,v2 other=*}, or {@code -} for none. */
    private static Map<String, List<String>> attributes(String cell) {
        if (cell.equals("-")) {
            return Map.of();
        }
        return Arrays.stream(cell.split(" ")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> List.of(pair[1].split(",")), (a, b) -> a, LinkedHashMap::new));
    }

    /** Catalog entities that process changed, with errors and failed, then again unchanged; tasks ok and failed. */
    static void recordEveryOutcome() {
        for (String entity : List.of("{\"kind\":\"Component\",\"name\":\"table-ok\",\"dependsOn\":[\"API:payments\"]}",
                "{\"kind\":\"Component\",\"name\":\"table-errors\",\"dependsOn\":[\"not a reference\"]}",
                "{\"kind\":\"Component\",\"name\":\"not a valid name!\"}")) {
            given().contentType(ContentType.JSON).body(entity).post("/catalog/entities").then().statusCode(200);
        }
        given().post("/catalog/entities/refresh").then().statusCode(200);
        given().post("/catalog/entities/refresh").then().statusCode(200);
        Scaffolder.run("docs-site", "table-ann"); // its last step is skipped
        Scaffolder.run("broken", "table-bob");
    }
}
