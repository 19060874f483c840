package io.quarkiverse.telemetry.test.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkiverse.telemetry.test.inventory.orders.payments.Payments;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The build writes the inventory of every plugin's instruments to {@code telemetry.operations-files.directory}: each
 * instrument created with a constant name however the code gets there (a helper with a constant argument, another
 * class's helper given the service, the meter's builder, a lambda), with its kind, unit, description, buckets and the
 * constant attribute keys recorded on it (and their types), with its deprecation; each span started with a constant
 * name, with its kinds; what the code computes at run time is said to be unknown.
 */
public class InventoryTest {

    static final String PACKAGE = InventoryTest.class.getPackageName() + ".";
    static final Path DIRECTORY = Path.of("target", "inventory-test").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(OrderProcessing.class.getPackage())
                    .addPackage(Payments.class.getPackage()).addClass(Invoices.class))
            .overrideConfigKey("telemetry.operations-files.directory", DIRECTORY.toString());

    @Inject
    OrderProcessing orders;

    @Test
    void listsEveryPluginsInstruments() throws IOException {
        JsonNode inventory = new ObjectMapper().readTree(DIRECTORY.resolve("inventory.json").toFile());
        assertEquals(1, inventory.get("schemaVersion").asInt());
        List<String> found = new ArrayList<>();
        for (JsonNode plugin : inventory.get("plugins")) {
            found.add(plugin.get("id").asText() + " scope=" + plugin.get("scope").asText() + " modules="
                    + plugin.get("modules") + " computedNames="
                    + plugin.get("computedNames").toString().replace(PACKAGE, ""));
            for (JsonNode instrument : plugin.get("instruments")) {
                found.add("  " + summary(instrument));
            }
            for (JsonNode span : plugin.get("spans")) {
                found.add("  span " + span.get("name").asText()
                        + (span.has("module") ? " module=" + span.get("module").asText() : "") + " kinds="
                        + span.get("kinds") + " startedIn=" + span.get("startedIn").toString().replace(PACKAGE, ""));
            }
            found.add("  computedSpanNames=" + plugin.get("computedSpanNames").toString().replace(PACKAGE, ""));
        }
        String seconds = "[0.005,0.01,0.025,0.05,0.075,0.1,0.25,0.5,0.75,1.0,2.5,5.0,7.5,10.0]";
        String openTelemetry = "[0.0,5.0,10.0,25.0,50.0,75.0,100.0,250.0,500.0,750.0,1000.0,2500.0,5000.0,7500.0,10000.0]";
        assertEquals(List.of(
                "billing scope=backstage-plugin-billing modules=[] computedNames=[]",
                "  billing.invoices.open up_down_counter long unit=\"\" description=\"\""
                        + " deprecated=\"Replaced by billing.invoices.pending\" renamedTo=\"billing.invoices.pending\""
                        + " attributes=[] createdIn=[\"billing.Invoices.<init>\"]",
                "  billing.invoices.pending up_down_counter long unit=\"\" description=\"\" attributes=[]"
                        + " createdIn=[\"billing.Invoices.<init>\"]",
                "  computedSpanNames=[]",
                "orders scope=backstage-plugin-orders modules=[\"payments\"]"
                        + " computedNames=[\"orders.OrderProcessing.place\"]",
                "  orders.latency histogram double unit=\"s\" description=\"Time to place an order\""
                        + " buckets=[0.001,0.002,0.004,0.008,0.016,0.032,0.064,0.128,0.256,0.512,1.024,2.048] from"
                        + " \"advice\" attributes=[result:string, tier:string]"
                        + " createdIn=[\"orders.OrderProcessing.<init> > orders.OrderProcessing.histogram\"]",
                "  orders.open observable_gauge double unit=\"{order}\" description=\"\" attributes=[region:string]"
                        + " createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  orders.payments counter long module=payments unit=\"\" description=\"\" attributes=[method:string]"
                        + " createdIn=[\"orders.payments.Payments.paid\"]",
                "  orders.placed counter long unit=\"{order}\" description=\"Orders placed\"" + " attributes=[result:string]"
                        + " createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  orders.received counter long unit=\"By\" description=\"Bytes received\" attributes=[]"
                        + " createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  orders.requests counter long unit=\"\" description=\"Requests served\" attributes=[]"
                        + " createdIn=[\"orders.OrderProcessing.<init> > orders.OrderMetrics.requests\"]",
                "  orders.shipped counter long unit=null description=\"\" attributes=[carrier:string, parcels:int]"
                        + " createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  orders.size histogram double unit=\"\" description=\"\" buckets=" + openTelemetry
                        + " from \"default\" attributes=[tier:string] and more createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  orders.wait histogram double unit=\"s\" description=\"\" buckets=" + seconds + " from \"unit\""
                        + " attributes=[] createdIn=[\"orders.OrderProcessing.<init>\"]",
                "  span orders.payments.authorize module=payments kinds=[\"client\"]"
                        + " startedIn=[\"orders.payments.Payments.paid\"]",
                "  span orders.ship kinds=[\"producer\"] startedIn=[\"orders.OrderProcessing.ship\"]",
                "  computedSpanNames=[\"orders.OrderProcessing.ship\"]"),
                found);
    }

    @Test
    void namesWhereEachKeyIsRecorded() throws IOException {
        JsonNode inventory = new ObjectMapper().readTree(DIRECTORY.resolve("inventory.json").toFile());
        JsonNode placed = inventory.at("/plugins/1/instruments/3");
        assertEquals("orders.placed", placed.get("name").asText());
        assertEquals("[\"" + PACKAGE + "orders.OrderProcessing.<init> > " + PACKAGE + "orders.OrderProcessing.byResult\"]",
                placed.at("/attributes/0/recordedIn").toString());
        orders.place("ok", 0.1, "gold");
    }

    /** An instrument in one line, classes named from this package. */
    private static String summary(JsonNode instrument) {
        List<String> keys = new ArrayList<>();
        instrument.get("attributes").forEach(attribute -> keys.add(attribute.get("key").asText()
                + (attribute.get("type").isNull() ? "" : ":" + attribute.get("type").asText())));
        return instrument.get("name").asText() + " " + instrument.get("kind").asText() + " "
                + instrument.get("valueType").asText()
                + (instrument.has("module") ? " module=" + instrument.get("module").asText() : "")
                + " unit=" + instrument.get("unit") + " description=" + instrument.get("description")
                + (instrument.has("buckets") ? " buckets=" + instrument.get("buckets") + " from "
                        + instrument.get("bucketSource") : "")
                + (instrument.has("deprecated") ? " deprecated=" + instrument.get("deprecated") : "")
                + (instrument.has("renamedTo") ? " renamedTo=" + instrument.get("renamedTo") : "")
                + " attributes=" + keys + (instrument.get("attributesComplete").asBoolean() ? "" : " and more")
                + " createdIn=" + instrument.get("createdIn").toString().replace(PACKAGE, "");
    }
}
