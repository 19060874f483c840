package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Prometheus rules and Grafana dashboards the demo's build generates ({@code target/telemetry/}): the rules pass
 * promtool's check and compute what they say in promtool's unit tests ({@code prometheus-rules-test.yml}: rates summed
 * over instances, a median from buckets, failure and stall alerts firing then and only then); and in a real Prometheus
 * scraping the demo and evaluating the rules, once the demo has had traffic, every recording rule and every query of
 * the catalog's and the scaffolder's dashboards has series, with no rule failing.
 */
@QuarkusTest
@TestProfile(OneOffMetricsOffTest.DeprecatedOff.class)
public class GeneratedRulesAndDashboardsTest {

    static final Path RULES = Path.of("target", "telemetry", "prometheus-rules.yml");
    static final Path DASHBOARDS = Path.of("target", "telemetry", "grafana");
    private static final Pattern RULE = Pattern.compile("^\\s*- (record|alert): (\\S+)$", Pattern.MULTILINE);

    @Test
    void promtoolAcceptsEveryRule() throws IOException {
        Promtool.Result result = Promtool.checkRules(RULES);
        assertEquals(0, result.exitCode(), () -> String.join("\n", result.problems()));
        assertTrue(result.problems().contains("  SUCCESS: " + (records().size() + alerts().size()) + " rules found"),
                () -> String.join("\n", result.problems()));
    }

    @Test
    void rulesComputeWhatTheySay() throws IOException {
        Path tests = Files.createTempFile("prometheus-rules-test", ".yml");
        try (InputStream resource = getClass().getResourceAsStream("/prometheus-rules-test.yml")) {
            Files.writeString(tests, new String(resource.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("RULES", RULES.toAbsolutePath().toString()));
            Promtool.Result result = Promtool.testRules(tests);
            assertEquals(0, result.exitCode(), () -> String.join("\n", result.problems()));
        } finally {
            Files.delete(tests);
        }
    }

    @Test
    void everyRecordingRuleAndDashboardQueryHasSeriesInARealPrometheus() throws Exception {
        List<String> records = records();
        assertTrue(records.size() > 30, records::toString);
        List<String> dashboardQueries = new ArrayList<>();
        for (String plugin : List.of("catalog", "scaffolder")) {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARDS.resolve(plugin + ".json").toFile());
            dashboard.get("panels").forEach(panel -> panel.path("targets")
                    .forEach(target -> dashboardQueries.add(target.get("expr").asText().replace("$__rate_interval", "1m"))));
        }
        assertTrue(dashboardQueries.size() > 20, dashboardQueries::toString);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (PrometheusServer prometheus = PrometheusServer.scraping(port, RULES)) {
            awaitSeries(prometheus, List.of("up{job=\"demo\"} == 1"));
            BackstageMetricsTable.recordEveryOutcome();
            awaitSeries(prometheus, records.stream().map(record -> "count(" + record + ")").toList());
            awaitSeries(prometheus, dashboardQueries);
            String rules = prometheus.rules();
            assertFalse(rules.contains("\"health\":\"err\""), rules);
            for (String alert : alerts()) {
                assertTrue(rules.contains("\"name\":\"" + alert + "\""), () -> alert + " not loaded: " + rules);
            }
        }
    }

    /** Waits until every query has a result, at most 90 s in all. */
    private static void awaitSeries(PrometheusServer prometheus, List<String> queries) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        List<String> missing = new ArrayList<>(queries);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            for (String query : List.copyOf(missing)) {
                if (prometheus.query(query).contains("\"result\":[{")) {
                    missing.remove(query);
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        String rules = missing.isEmpty() ? "" : prometheus.rules();
        assertEquals(List.of(), missing, () -> "no series; the rules: " + rules);
    }

    private static List<String> records() throws IOException {
        return rules("record");
    }

    private static List<String> alerts() throws IOException {
        return rules("alert");
    }

    private static List<String> rules(String kind) throws IOException {
        List<String> names = new ArrayList<>();
        Matcher rule = RULE.matcher(Files.readString(RULES));
        while (rule.find()) {
            if (rule.group(1).equals(kind)) {
                names.add(rule.group(2));
            }
        }
        return names;
    }
}
