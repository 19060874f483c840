package io.quarkiverse.telemetry.test.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.devui.tests.DevUIJsonRPCTest;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * The Telemetry card's JSON-RPC methods in a running dev-mode application: both plugins' instruments with their values
 * now (one whose name the build could not see among them), a plugin's last spans, and the exporters' states.
 */
public class TelemetryDevUITest extends DevUIJsonRPCTest {

    @RegisterExtension
    static final QuarkusDevModeTest app = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(Checkout.class, Returns.class));

    public TelemetryDevUITest() {
        super("quarkus-telemetry");
    }

    @Test
    void liveMetricsOfEachPlugin() throws Exception {
        JsonNode plugins = executeJsonRPCMethod("getLiveMetrics");
        List<String> instruments = new ArrayList<>();
        plugins.forEach(plugin -> plugin.get("instruments").forEach(instrument -> instruments.add(plugin.get("pluginId")
                .asText() + " (" + plugin.get("scope").asText() + ") " + instrument.get("name").asText() + " "
                + instrument.get("type").asText() + " " + instrument.get("unit").asText() + " "
                + instrument.get("points"))));
        assertEquals(List.of(
                "returns (backstage-plugin-returns) returns.handling histogram s"
                        + " [{\"attributes\":\"\",\"value\":\"count 1, sum 0.25, mean 0.25\"}]",
                "shop (backstage-plugin-shop) shop.checkouts long_sum  [{\"attributes\":\"result=ok\",\"value\":\"2\"}]",
                "shop (backstage-plugin-shop) shop.region.eu long_sum  [{\"attributes\":\"\",\"value\":\"1\"}]"),
                instruments);
    }

    @Test
    void recentSpansOfEachPlugin() throws Exception {
        assertEquals("[\"shop\"]", executeJsonRPCMethod("getPluginsWithSpans").toString());
        JsonNode spans = executeJsonRPCMethod("getRecentSpans", Map.of("pluginId", "shop"));
        assertEquals(1, spans.size(), spans::toPrettyString);
        assertEquals("shop.checkout", spans.get(0).get("name").asText());
        assertEquals("UNSET", spans.get(0).get("status").asText());
        assertTrue(spans.get(0).get("attributes").asText().contains("backstage.plugin.id=shop"), spans::toPrettyString);
        assertEquals("[]", executeJsonRPCMethod("getRecentSpans", Map.of("pluginId", "other")).toString());
    }

    /** With zero configuration, the one exporter is the plugins' metrics in the scrape. */
    @Test
    void exportersStates() throws Exception {
        JsonNode exporters = executeJsonRPCMethod("getExporters");
        assertEquals("bound", exporters.get("sdk").asText());
        assertEquals("[{\"name\":\"telemetry.metrics.exporters\",\"up\":true,"
                + "\"detail\":\"UP: pulled at /q/metrics\"}]", exporters.get("exporters").toString());
    }
}
