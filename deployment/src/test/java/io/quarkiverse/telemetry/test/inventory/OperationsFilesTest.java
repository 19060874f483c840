package io.quarkiverse.telemetry.test.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkiverse.telemetry.test.inventory.orders.payments.Payments;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Beside the inventory, the build writes Prometheus rules and a Grafana dashboard per plugin, on the names the scrape
 * gives (unit suffixes, {@code _total}, label names), each series selected by the plugin's scope; the alert keys set
 * at build time shape the alerts. An instrument whose unit is computed at run time gets neither rule nor panel.
 */
public class OperationsFilesTest {

    static final Path DIRECTORY = Path.of("target", "operations-files-test").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(OrderProcessing.class.getPackage())
                    .addPackage(Payments.class.getPackage()).addClass(Invoices.class))
            .overrideConfigKey("telemetry.operations-files.directory", DIRECTORY.toString())
            .overrideConfigKey("telemetry.operations-files.alerts.error-results", "rejected")
            .overrideConfigKey("telemetry.operations-files.alerts.error-ratio", "0.2");

    @Test
    void rulesForEachCounterAndHistogram() throws IOException {
        JsonNode groups = new ObjectMapper(new YAMLFactory())
                .readTree(DIRECTORY.resolve("prometheus-rules.yml").toFile()).get("groups");
        assertEquals(1, groups.size(), "billing has an up-down counter only: no group");
        assertEquals("quarkus-telemetry-orders", groups.get(0).get("name").asText());
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : groups.get(0).get("rules")) {
            rules.add(rule.has("record") ? rule.get("record").asText() : "alert " + rule.get("alert").asText());
        }
        assertEquals(List.of("plugin:orders_latency_seconds:rate5m", "plugin:orders_latency_seconds:p50_5m",
                "plugin:orders_latency_seconds:p95_5m", "plugin:orders_latency_seconds:p99_5m",
                "plugin:orders_payments:rate5m", "plugin:orders_placed:rate5m", "alert OrdersPlacedFailures",
                "plugin:orders_received_bytes:rate5m", "plugin:orders_requests:rate5m", "plugin:orders_size:rate5m",
                "plugin:orders_size:p50_5m", "plugin:orders_size:p95_5m", "plugin:orders_size:p99_5m",
                "plugin:orders_wait_seconds:rate5m", "plugin:orders_wait_seconds:p50_5m",
                "plugin:orders_wait_seconds:p95_5m", "plugin:orders_wait_seconds:p99_5m"), rules);
        JsonNode byName = groups.get(0).get("rules");
        assertEquals("sum by (otel_scope_name, backstage_plugin_module, method) (rate(orders_payments_total"
                + "{otel_scope_name=\"backstage-plugin-orders\"}[5m]))", byName.get(4).get("expr").asText());
        assertEquals("histogram_quantile(0.95, sum by (le, otel_scope_name, result, tier) (rate("
                + "orders_latency_seconds_bucket{otel_scope_name=\"backstage-plugin-orders\"}[5m])))",
                byName.get(2).get("expr").asText());
        JsonNode alert = byName.get(6);
        assertEquals("sum by (otel_scope_name) (rate(orders_placed_total{otel_scope_name=\"backstage-plugin-orders\","
                + " result=~\"rejected\"}[5m])) / sum by (otel_scope_name) (rate(orders_placed_total{otel_scope_name="
                + "\"backstage-plugin-orders\"}[5m])) > 0.2", alert.get("expr").asText());
        assertEquals("{\"severity\":\"warning\",\"backstage_plugin\":\"orders\"}", alert.get("labels").toString());
    }

    @Test
    void aDashboardPerPlugin() throws IOException {
        JsonNode orders = new ObjectMapper().readTree(DIRECTORY.resolve("grafana/orders.json").toFile());
        assertEquals("quarkus-telemetry-orders", orders.get("uid").asText());
        assertEquals("datasource", orders.at("/templating/list/0/name").asText());
        List<String> panels = new ArrayList<>();
        for (JsonNode panel : orders.get("panels")) {
            StringBuilder line = new StringBuilder(panel.get("type").asText() + " " + panel.get("title").asText());
            panel.path("targets").forEach(target -> line.append(" | ").append(target.get("expr").asText()));
            panels.add(line.toString());
        }
        String scope = "{otel_scope_name=\"backstage-plugin-orders\"}";
        assertEquals(List.of(
                "row orders.latency",
                "timeseries Rate: orders.latency | sum by (result, tier) (rate(orders_latency_seconds_count" + scope
                        + "[$__rate_interval]))",
                "timeseries p50, p95, p99: orders.latency"
                        + " | histogram_quantile(0.5, sum by (le, result, tier) (rate(orders_latency_seconds_bucket"
                        + scope + "[$__rate_interval])))"
                        + " | histogram_quantile(0.95, sum by (le, result, tier) (rate(orders_latency_seconds_bucket"
                        + scope + "[$__rate_interval])))"
                        + " | histogram_quantile(0.99, sum by (le, result, tier) (rate(orders_latency_seconds_bucket"
                        + scope + "[$__rate_interval])))",
                "row orders.open",
                "timeseries Value per instance: orders.open | orders_open" + scope,
                "row orders.payments (module payments)",
                "timeseries Rate: orders.payments | sum by (backstage_plugin_module, method) (rate(orders_payments_total"
                        + scope + "[$__rate_interval]))",
                "row orders.placed",
                "timeseries Rate: orders.placed | sum by (result) (rate(orders_placed_total" + scope
                        + "[$__rate_interval]))",
                "row orders.received",
                "timeseries Rate: orders.received | sum (rate(orders_received_bytes_total" + scope
                        + "[$__rate_interval]))",
                "row orders.requests",
                "timeseries Rate: orders.requests | sum (rate(orders_requests_total" + scope + "[$__rate_interval]))"),
                panels.subList(0, 13));
        assertEquals("s", orders.at("/panels/2/fieldConfig/defaults/unit").asText());
        assertEquals("Bps", orders.at("/panels/10/fieldConfig/defaults/unit").asText());
        assertFalse(panels.stream().anyMatch(panel -> panel.contains("orders.shipped")), "its unit is computed");

        JsonNode billing = new ObjectMapper().readTree(DIRECTORY.resolve("grafana/billing.json").toFile());
        assertEquals("billing_invoices_pending{otel_scope_name=\"backstage-plugin-billing\"}",
                billing.at("/panels/3/targets/0/expr").asText());
        assertFalse(Files.exists(DIRECTORY.resolve("grafana/payments.json")), "a module is charted in its plugin's");
    }
}
