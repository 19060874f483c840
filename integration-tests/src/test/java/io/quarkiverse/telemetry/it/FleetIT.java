package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;

/**
 * The demo as a fleet, all on loopback: three replicas (the packaged jar, three processes), two Prometheus servers
 * scraping them (two replicas and one) and forwarding by remote write to a third, global one, which evaluates the
 * build's generated rules; every replica also pushes OTLP to one receiver. After a known number of catalog requests per
 * replica, the global Prometheus holds each replica's series apart (one per instance and one {@code target_info} per
 * {@code service.instance.id}), the per-plugin total summed over the fleet is exact, the generated recording rule sums
 * the replicas' rates, no rule fails, and the OTLP exports carry three distinct instance ids, the same the scrapes show.
 */
class FleetIT {

    static final Path RULES = Path.of("target", "telemetry", "prometheus-rules.yml");
    static final String CATALOG = "otel_scope_name=\"backstage-plugin-catalog\"";
    static final List<Integer> REQUESTS = List.of(3, 5, 7);
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachReplicaApartAndThePluginsTotalsExact() throws Exception {
        OtlpReceiver receiver = OtlpReceiver.of(FleetIT.class);
        Map<String, String> properties = Map.of("telemetry.metrics.exporters.prometheus.enabled", "true",
                "telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint(),
                "telemetry.metrics.collection.export-interval", "1s",
                // no scheduled processing: the catalog's requests are the test's only
                "quarkus.scheduler.enabled", "false");
        try (PrometheusServer global = PrometheusServer.start("", RULES, "--web.enable-remote-write-receiver");
                DemoInstance a = DemoInstance.start("a", properties);
                DemoInstance b = DemoInstance.start("b", properties);
                DemoInstance c = DemoInstance.start("c", properties);
                PrometheusServer first = PrometheusServer.start(scraping(global, a, b), null);
                PrometheusServer second = PrometheusServer.start(scraping(global, c), null)) {
            List<DemoInstance> replicas = List.of(a, b, c);
            // what each replica counted before the test's requests (its start-up adds an entity), as the global sees it
            await(() -> value(global, "count(plugin_requests_total{" + CATALOG + "})") == 3,
                    "each replica's catalog series at the global Prometheus", global);
            Map<String, Double> before = byInstance(global);
            for (int i = 0; i < replicas.size(); i++) {
                for (int request = 0; request < REQUESTS.get(i); request++) {
                    assertEquals(200, replicas.get(i).get("/catalog/entities"));
                }
            }
            Map<String, Double> expected = new TreeMap<>();
            for (int i = 0; i < replicas.size(); i++) {
                String instance = "127.0.0.1:" + replicas.get(i).port();
                expected.put(instance, before.getOrDefault(instance, Double.NaN) + REQUESTS.get(i));
            }
            double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
            String sum = "sum(plugin_requests_total{" + CATALOG + "})";
            await(() -> value(global, sum) == total, "the fleet's catalog requests summed at the global Prometheus ("
                    + total + ")", () -> sum + " = " + value(global, sum) + "; " + logOf(global));
            assertEquals(expected, byInstance(global), "one series per replica, each its own count");

            Set<String> scrapedIds = new TreeSet<>();
            result(global, "target_info{job=\"demo\"}")
                    .forEach(series -> scrapedIds.add(series.at("/metric/service_instance_id").asText()));
            assertEquals(3, scrapedIds.size(), "three target_info series, three instance ids: " + scrapedIds);

            await(() -> pushedIds(receiver).containsAll(scrapedIds), "every replica's OTLP export", global);
            assertEquals(scrapedIds, pushedIds(receiver), "OTLP and the scrapes show the same three instance ids");

            String rule = "plugin:plugin_requests:rate5m{" + CATALOG + "}";
            TimeUnit.SECONDS.sleep(3); // a few evaluations of the rules (every second) on the complete data
            await(() -> value(global, rule) > 0, "the generated recording rule over the fleet", global);
            double fleetRate = value(global, rule);
            double largestReplicaRate = 0;
            for (JsonNode series : result(global, "rate(plugin_requests_total{" + CATALOG + "}[5m])")) {
                largestReplicaRate = Math.max(largestReplicaRate, series.at("/value/1").asDouble());
            }
            double summed = value(global, "sum(rate(plugin_requests_total{" + CATALOG + "}[5m]))");
            assertTrue(Math.abs(fleetRate - summed) <= 0.1 * summed,
                    "the rule sums the replicas' rates: " + fleetRate + " against " + summed);
            assertTrue(fleetRate > 1.5 * largestReplicaRate,
                    "more than any one replica's rate: " + fleetRate + " against " + largestReplicaRate);
            assertFalse(global.rules().contains("\"health\":\"err\""), global.rules());
        }
    }

    /** The catalog's request count of each replica (by its {@code instance} label) at the Prometheus. */
    private Map<String, Double> byInstance(PrometheusServer prometheus) throws IOException, InterruptedException {
        Map<String, Double> counts = new TreeMap<>();
        for (JsonNode series : result(prometheus, "plugin_requests_total{" + CATALOG + "}")) {
            counts.put(series.at("/metric/instance").asText(), series.at("/value/1").asDouble());
        }
        return counts;
    }

    /** A Prometheus scraping these replicas and writing what it scrapes to the global one. */
    private static String scraping(PrometheusServer global, DemoInstance... replicas) {
        StringBuilder targets = new StringBuilder();
        for (DemoInstance replica : replicas) {
            targets.append(targets.isEmpty() ? "" : ", ").append("'127.0.0.1:").append(replica.port()).append("'");
        }
        return """
                scrape_configs:
                  - job_name: demo
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: [%s]
                remote_write:
                  - url: http://%s/api/v1/write
                    queue_config:
                      batch_send_deadline: 1s
                """.formatted(targets, global.address());
    }

    private static Set<String> pushedIds(OtlpReceiver receiver) {
        Set<String> ids = new HashSet<>();
        receiver.metrics().forEach(export -> export.request().getResourceMetricsList()
                .forEach(resource -> resource.getResource().getAttributesList().stream()
                        .filter(attribute -> attribute.getKey().equals("service.instance.id"))
                        .map(KeyValue::getValue).forEach(value -> ids.add(value.getStringValue()))));
        return new TreeSet<>(ids);
    }

    private JsonNode result(PrometheusServer prometheus, String promql) throws IOException, InterruptedException {
        JsonNode answer = json.readTree(prometheus.query(promql));
        if (!"success".equals(answer.path("status").asText())) {
            throw new AssertionError(promql + ": " + answer);
        }
        return answer.at("/data/result");
    }

    /** The value of a query's only series, {@code NaN} when there is none. */
    private double value(PrometheusServer prometheus, String promql) {
        try {
            JsonNode result = result(prometheus, promql);
            return result.isEmpty() ? Double.NaN : result.get(0).at("/value/1").asDouble();
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static void await(BooleanSupplier condition, String what, PrometheusServer prometheus)
            throws InterruptedException {
        await(condition, what, () -> logOf(prometheus));
    }

    private static String logOf(PrometheusServer prometheus) {
        try {
            return prometheus.log();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void await(BooleanSupplier condition, String what, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + PATIENCE + "; " + state.get());
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }
}
