package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkiverse.telemetry.it.BackstageMetricsTable.Row;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo's deprecated metrics at {@code /metrics} held against Backstage's prom-client metrics, row by row
 * ({@code backstage-metrics.tsv}): each family's {@code # HELP} and {@code # TYPE}, its sample names (bare counters,
 * summaries with prom-client's percentiles, histograms with its buckets, no {@code _created}), the label names and
 * values of every series.
 */
@QuarkusTest
public class BackstageDeprecatedMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> PERCENTILES = Set.of("0.01", "0.05", "0.5", "0.9", "0.95", "0.99", "0.999");
    private static final Set<String> BUCKETS = Set.of("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1",
            "2.5", "5", "10", "+Inf");

    @Test
    void theDeprecatedSetIsBackstagesRowByRow() {
        BackstageMetricsTable.recordEveryOutcome();
        String scrape = OneOffMetricsTest.deprecatedScrape();

        List<String> problems = new ArrayList<>();
        List<Row> deprecated = BackstageMetricsTable.rows().stream().filter(row -> row.set().equals("deprecated"))
                .toList();
        for (Row row : deprecated) {
            problems.addAll(differences(row, scrape));
        }
        assertEquals(List.of(), problems, scrape);
        assertEquals(12, deprecated.stream().filter(row -> row.demo().equals("exact")).count(), "rows checked");
    }

    private static List<String> differences(Row row, String scrape) {
        String name = row.name();
        String type = row.kind().toLowerCase();
        List<String> problems = new ArrayList<>();
        if (!scrape.contains("# HELP " + name + " " + row.description() + "\n# TYPE " + name + " " + type + "\n")) {
            problems.add(name + ": no family of type " + type + " with Backstage's help");
        }
        Set<String> sampleNames = switch (type) {
            case "summary" -> Set.of(name, name + "_sum", name + "_count");
            case "histogram" -> Set.of(name + "_bucket", name + "_sum", name + "_count");
            default -> Set.of(name);
        };
        Map<String, Set<String>> bounds = new LinkedHashMap<>(); // by series: its quantiles or buckets
        int samples = 0;
        for (String line : scrape.lines().filter(line -> !line.startsWith("#")).toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                problems.add("unreadable sample line: " + line);
                continue;
            }
            String sampleName = sample.group(1);
            if (!sampleName.startsWith(name) || (!sampleNames.contains(sampleName)
                    && !sampleName.matches(Pattern.quote(name) + "_(total|created|sum|count|bucket)"))) {
                continue;
            }
            if (!sampleNames.contains(sampleName)) {
                problems.add(name + ": a sample named " + sampleName);
                continue;
            }
            samples++;
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher label = LABEL.matcher(Optional.ofNullable(sample.group(2)).orElse(""));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            String bound = Optional.ofNullable(labels.remove("quantile")).orElse(labels.remove("le"));
            if (bound != null) {
                bounds.computeIfAbsent(labels.toString(), series -> new TreeSet<>()).add(bound);
            }
            if (!labels.keySet().equals(row.attributes().keySet())) {
                problems.add(name + ": a series with labels " + labels.keySet() + ", Backstage's "
                        + row.attributes().keySet());
            }
            labels.forEach((key, value) -> Optional.ofNullable(row.attributes().get(key))
                    .filter(values -> !values.equals(List.of("*")) && !values.contains(value))
                    .ifPresent(values -> problems.add(name + ": " + key + "=" + value + ", Backstage's values "
                            + values)));
        }
        if (samples == 0) {
            problems.add(name + ": no sample");
        }
        Set<String> expected = type.equals("summary") ? PERCENTILES : type.equals("histogram") ? BUCKETS : Set.of();
        bounds.forEach((series, found) -> {
            if (!found.equals(expected)) {
                problems.add(name + series + ": " + (type.equals("summary") ? "quantiles " : "buckets ") + found
                        + ", prom-client's " + new TreeSet<>(expected));
            }
        });
        return problems;
    }
}
