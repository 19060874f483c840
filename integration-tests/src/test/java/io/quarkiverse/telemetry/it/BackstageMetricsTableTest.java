package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.data.SumData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The demo's metrics held against Backstage's own, row by row ({@code backstage-metrics.tsv} in the test resources,
 * read from Backstage's sources): for each row the demo matches exactly, the instrument's name, kind, unit and
 * description in the SDK, the attribute keys and values of every series, and the family's {@code # TYPE} and
 * {@code # HELP} in the scrape; a row the demo lacks is absent from both. The deprecated set is Backstage's old
 * exposition, switched off here.
 */
@QuarkusTest
@TestProfile(OneOffMetricsOffTest.DeprecatedOff.class)
public class BackstageMetricsTableTest {

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

    @Inject
    SdkMetrics sdk;

    @Test
    void theCurrentSetIsBackstagesRowByRow() {
        recordEveryOutcome();
        Map<String, MetricData> recorded = sdk.collect().stream().collect(Collectors.toMap(
                metric -> metric.getInstrumentationScopeInfo().getName() + " " + metric.getName(), metric -> metric,
                (first, second) -> first));
        String scrape = Scrapes.scrape();

        List<String> problems = new ArrayList<>();
        List<Row> current = rows().stream().filter(row -> row.set().equals("current")).toList();
        for (Row row : current) {
            MetricData metric = recorded.get("backstage-plugin-" + row.plugin() + " " + row.name());
            if (row.demo().equals("exact")) {
                problems.addAll(differences(row, metric, scrape));
            } else if (metric != null || scrape.contains("# TYPE " + row.family() + " ")) {
                problems.add(row.name() + " is marked '" + row.demo() + "' but the demo has it");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(15, current.stream().filter(row -> row.demo().equals("exact")).count(), "rows checked");
    }

    private static List<String> differences(Row row, MetricData metric, String scrape) {
        if (metric == null) {
            return List.of(row.name() + ": not recorded by the demo");
        }
        List<String> problems = new ArrayList<>();
        if (!kindOf(metric).equals(row.kind())) {
            problems.add(row.name() + ": kind " + kindOf(metric) + ", Backstage's " + row.kind());
        }
        String unit = metric.getUnit().isEmpty() ? "-" : metric.getUnit();
        if (!unit.equals(row.unit())) {
            problems.add(row.name() + ": unit " + unit + ", Backstage's " + row.unit());
        }
        if (!metric.getDescription().equals(row.description())) {
            problems.add(row.name() + ": description '" + metric.getDescription() + "', Backstage's '"
                    + row.description() + "'");
        }
        for (PointData point : metric.getData().getPoints()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            point.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
            if (!attributes.keySet().equals(row.attributes().keySet())) {
                problems.add(row.name() + ": a series with attributes " + attributes.keySet() + ", Backstage's "
                        + row.attributes().keySet());
            }
            attributes.forEach((key, value) -> Optional.ofNullable(row.attributes().get(key))
                    .filter(values -> !values.equals(List.of("*")) && !values.contains(value))
                    .ifPresent(values -> problems.add(row.name() + ": " + key + "=" + value + ", Backstage's values "
                            + values)));
        }
        if (!scrape.contains("# TYPE " + row.family() + " " + row.prometheusType() + "\n")) {
            problems.add(row.name() + ": no family '" + row.family() + "' of type " + row.prometheusType());
        }
        if (!scrape.contains("# HELP " + row.family() + " " + row.description() + "\n")) {
            problems.add(row.name() + ": the help of '" + row.family() + "' is not Backstage's description");
        }
        return problems;
    }

    private static String kindOf(MetricData metric) {
        MetricDataType type = metric.getType();
        return switch (type) {
            case LONG_SUM, DOUBLE_SUM -> ((SumData<?>) metric.getData()).isMonotonic() ? "counter" : "up-down counter";
            case HISTOGRAM -> "histogram";
            case LONG_GAUGE, DOUBLE_GAUGE -> "observable gauge";
            default -> type.toString();
        };
    }

    /** Catalog entities that process changed, with errors and failed, then again unchanged; tasks ok and failed. */
    private static void recordEveryOutcome() {
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

    private static List<Row> rows() {
        try (InputStream table = BackstageMetricsTableTest.class.getResourceAsStream("/backstage-metrics.tsv")) {
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
}
