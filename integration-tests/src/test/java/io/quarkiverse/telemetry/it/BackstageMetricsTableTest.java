package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.quarkiverse.telemetry.it.BackstageMetricsTable.Row;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The demo's metrics held against Backstage's own, row by row ({@code backstage-metrics.tsv} in the test resources,
 * read from Backstage's sources): for each row the demo matches exactly, the instrument's name, kind, unit and
 * description in the SDK, the attribute keys and values of every series, and the family's {@code # TYPE} and
 * {@code # HELP} in the scrape; a row the demo lacks is absent from both. The deprecated set, Backstage's old
 * exposition, is switched off here ({@link BackstageDeprecatedMetricsTest}).
 */
@QuarkusTest
@TestProfile(OneOffMetricsOffTest.DeprecatedOff.class)
public class BackstageMetricsTableTest {

    @Inject
    InMemoryMetricReader sdk;

    @Test
    void theCurrentSetIsBackstagesRowByRow() {
        BackstageMetricsTable.recordEveryOutcome();
        Map<String, MetricData> recorded = sdk.collectAllMetrics().stream().collect(Collectors.toMap(
                metric -> metric.getInstrumentationScopeInfo().getName() + " " + metric.getName(), metric -> metric,
                (first, second) -> first));
        String scrape = Scrapes.scrape();

        List<String> problems = new ArrayList<>();
        List<Row> current = BackstageMetricsTable.rows().stream().filter(row -> row.set().equals("current"))
                .toList();
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

}
