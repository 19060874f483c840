package io.quarkiverse.telemetry.test.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.devui.tests.DevUIBuildTimeDataTest;
import io.quarkus.test.QuarkusDevModeTest;

/** The Telemetry card's build-time data is the build's inventory: the page lists what the code creates. */
public class TelemetryDevUIBuildTimeDataTest extends DevUIBuildTimeDataTest {

    @RegisterExtension
    static final QuarkusDevModeTest app = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(Checkout.class));

    public TelemetryDevUIBuildTimeDataTest() {
        super("quarkus-telemetry");
    }

    @Test
    void theInventory() throws Exception {
        var keys = getAllKeys();
        assertTrue(keys.contains("inventory"), keys::toString);
        JsonNode inventory = getBuildTimeData("inventory");
        assertEquals("shop", inventory.at("/plugins/0/id").asText());
        assertEquals("shop.checkouts", inventory.at("/plugins/0/instruments/0/name").asText());
        assertEquals("[\"" + Checkout.class.getName() + ".checkOut\"]",
                inventory.at("/plugins/0/computedNames").toString());
    }
}
