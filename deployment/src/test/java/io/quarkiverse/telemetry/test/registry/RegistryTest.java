package io.quarkiverse.telemetry.test.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkiverse.telemetry.deployment.registry.RegistryYaml;
import io.quarkiverse.telemetry.deployment.registry.TelemetryRegistry;
import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The build writes the application's telemetry as an OpenTelemetry Weaver registry: a manifest, the attribute keys'
 * definitions and a file per plugin, each valid against Weaver's JSON schema (copied from Weaver v0.25.1) and, where
 * that schema is looser than Weaver, against Weaver's own rules for metric groups; what the code computes at run time
 * is said to be unknown, never guessed; read back, the files give themselves again.
 */
public class RegistryTest {

    static final Path DIRECTORY = Path.of("target", "registry-test").toAbsolutePath().resolve("registry");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @RegisterExtension
    static final QuarkusUnitTest app = ShopRelease.build()
            .overrideConfigKey("quarkus.application.name", "shop")
            .overrideConfigKey("telemetry.registry.schema-base-url", "https://telemetry.example.com/schemas/shop/")
            .overrideConfigKey("telemetry.operations-files.directory", DIRECTORY.getParent().toString());

    @Test
    void aManifestAndAFilePerPlugin() throws IOException {
        assertEquals(Set.of("manifest.yaml", "attributes.yaml", "billing.yaml", "orders.yaml"), files().keySet());
        JsonNode manifest = YAML.readTree(files().get("manifest.yaml"));
        assertEquals("https://telemetry.example.com/schemas/shop/1.4.0", manifest.get("schema_url").asText());
        assertEquals("The telemetry of shop 1.4.0, each plugin's metrics and spans, as its code creates them.",
                manifest.get("description").asText());
        assertEquals("development", manifest.get("stability").asText());
    }

    @Test
    void everyFileIsValidAgainstWeaversSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/test/resources/weaver/semconv.schema.json")), InputFormat.JSON);
        List<String> problems = new ArrayList<>();
        int metrics = 0;
        for (Map.Entry<String, String> file : files().entrySet()) {
            if (file.getKey().equals("manifest.yaml")) {
                continue;
            }
            schema.validate(file.getValue(), InputFormat.YAML)
                    .forEach(error -> problems.add(file.getKey() + " " + error.getInstanceLocation() + ": "
                            + error.getMessage()));
            // the schema lets any group pass as its generic shape: Weaver's own checks of a metric group
            for (JsonNode group : YAML.readTree(file.getValue()).get("groups")) {
                if (group.get("type").asText().equals("metric")) {
                    metrics++;
                    if (!group.has("unit") || !group.has("metric_name") || !group.has("stability")
                            || !Set.of("counter", "updowncounter", "histogram", "gauge")
                                    .contains(group.get("instrument").asText())) {
                        problems.add(file.getKey() + " " + group.get("id") + " is not a metric as Weaver has it");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(11, metrics);
        assertFalse(schema.validate(files().get("billing.yaml").replaceFirst("stability: development",
                "stability: experimental"), InputFormat.YAML).isEmpty(), "the schema rejects what Weaver does");
    }

    @Test
    void eachPluginsMetricsAndSpans() throws IOException {
        List<String> groups = new ArrayList<>();
        for (String file : List.of("billing.yaml", "orders.yaml")) {
            for (JsonNode group : YAML.readTree(files().get(file)).get("groups")) {
                groups.add(file + " " + group.get("id").asText() + " " + group.get("type").asText()
                        + (group.has("instrument") ? " " + group.get("instrument").asText() + " unit="
                                + group.get("unit") : "")
                        + (group.has("span_kind") ? " " + group.get("span_kind").asText() : "")
                        + (group.has("deprecated") ? " deprecated=" + group.get("deprecated") : "")
                        + (group.get("attributes").isEmpty() ? "" : " attributes=" + group.get("attributes"))
                        + " " + group.get("annotations").get("quarkus_telemetry")
                        + (group.has("note") ? " note=" + group.get("note") : ""));
            }
        }
        String orders = "{\"plugin\":\"orders\"";
        assertEquals(List.of(
                "billing.yaml plugin.billing attribute_group {\"plugin\":\"billing\",\"scope\":"
                        + "\"backstage-plugin-billing\",\"modules\":[],\"computed_metric_names\":[],"
                        + "\"computed_span_names\":[]}",
                "billing.yaml metric.billing.billing.invoices.open metric updowncounter unit=\"\" deprecated="
                        + "{\"reason\":\"renamed\",\"renamed_to\":\"billing.invoices.pending\",\"note\":"
                        + "\"Replaced by billing.invoices.pending\"} {\"plugin\":\"billing\",\"attributes_complete\":true}",
                "billing.yaml metric.billing.billing.invoices.pending metric updowncounter unit=\"\""
                        + " {\"plugin\":\"billing\",\"attributes_complete\":true}",
                "orders.yaml plugin.orders attribute_group {\"plugin\":\"orders\",\"scope\":\"backstage-plugin-orders\","
                        + "\"modules\":[\"payments\"],\"computed_metric_names\":[\"" + OrderProcessing.class.getName()
                        + ".place\"],\"computed_span_names\":[\"" + OrderProcessing.class.getName() + ".ship\"]}"
                        + " note=\"Not listed here: metrics whose names are computed at run time are created in "
                        + OrderProcessing.class.getName() + ".place; spans whose names are computed at run time are"
                        + " started in " + OrderProcessing.class.getName() + ".ship.\"",
                "orders.yaml metric.orders.orders.latency metric histogram unit=\"s\""
                        + " attributes=[{\"ref\":\"result\"},{\"ref\":\"tier\"}] " + orders
                        + ",\"attributes_complete\":true,\"explicit_bucket_boundaries\":[0.001,0.002,0.004,0.008,"
                        + "0.016,0.032,0.064,0.128,0.256,0.512,1.024,2.048]}",
                "orders.yaml metric.orders.orders.open metric gauge unit=\"{order}\" attributes=[{\"ref\":\"region\"}] "
                        + orders + ",\"attributes_complete\":true}",
                "orders.yaml metric.orders.orders.payments metric counter unit=\"\" attributes=[{\"ref\":\"method\"}]"
                        + " " + orders + ",\"module\":\"payments\",\"attributes_complete\":true}",
                "orders.yaml metric.orders.orders.placed metric counter unit=\"{order}\""
                        + " attributes=[{\"ref\":\"result\"}] " + orders + ",\"attributes_complete\":true}",
                "orders.yaml metric.orders.orders.received metric counter unit=\"By\" " + orders
                        + ",\"attributes_complete\":true}",
                "orders.yaml metric.orders.orders.requests metric counter unit=\"\" " + orders
                        + ",\"attributes_complete\":true}",
                "orders.yaml metric.orders.orders.shipped metric counter unit=\"\""
                        + " attributes=[{\"ref\":\"carrier\"},{\"ref\":\"parcels\"}] " + orders
                        + ",\"attributes_complete\":true,\"computed\":[\"unit\"]} note=\"The build could not see its"
                        + " unit: computed at run time.\"",
                "orders.yaml metric.orders.orders.size metric histogram unit=\"\" attributes=[{\"ref\":\"tier\"}] "
                        + orders + ",\"attributes_complete\":false,\"explicit_bucket_boundaries\":[0.0,5.0,10.0,25.0,"
                        + "50.0,75.0,100.0,250.0,500.0,750.0,1000.0,2500.0,5000.0,7500.0,10000.0]} note=\"It is also"
                        + " recorded with attribute sets the build could not read.\"",
                "orders.yaml metric.orders.orders.wait metric histogram unit=\"s\" " + orders
                        + ",\"attributes_complete\":true,\"explicit_bucket_boundaries\":[0.005,0.01,0.025,0.05,0.075,"
                        + "0.1,0.25,0.5,0.75,1.0,2.5,5.0,7.5,10.0]}",
                "orders.yaml span.orders.orders.payments.authorize span client " + orders
                        + ",\"module\":\"payments\",\"span_name\":\"orders.payments.authorize\"}",
                "orders.yaml span.orders.orders.ship span producer " + orders + ",\"span_name\":\"orders.ship\"}"),
                groups);
    }

    @Test
    void attributeKeysAreDefinedWithTheirTypes() throws IOException {
        Map<String, String> definitions = new TreeMap<>();
        for (JsonNode attribute : YAML.readTree(files().get("attributes.yaml")).at("/groups/0/attributes")) {
            definitions.put(attribute.get("id").asText(), attribute.get("type").asText() + ": "
                    + attribute.get("brief").asText());
        }
        assertEquals(Map.of("carrier", "string: Recorded on orders.shipped.",
                "method", "string: Recorded on orders.payments.",
                "parcels", "int: Recorded on orders.shipped.",
                "region", "string: Recorded on orders.open.",
                "result", "string: Recorded on orders.latency, orders.placed.",
                "tier", "string: Recorded on orders.latency, orders.size."), definitions);
    }

    @Test
    void readBackTheFilesGiveThemselves() throws IOException {
        Map<String, String> written = files();
        TelemetryRegistry read = RegistryYaml.read(written);
        assertEquals("1.4.0", read.version());
        assertEquals(List.of("billing", "orders"), read.plugins().stream().map(TelemetryRegistry.Plugin::id).toList());
        assertEquals(written, RegistryYaml.files(read, "shop", URI.create("https://telemetry.example.com/schemas/shop")));
        assertTrue(read.plugins().get(1).metrics().stream()
                .anyMatch(metric -> metric.name().equals("orders.shipped") && metric.unit().isEmpty()),
                "a unit computed at run time is read back as unknown");
    }

    @Test
    void theArchiveHoldsTheSameFiles() throws IOException {
        Map<String, String> archived = new TreeMap<>();
        try (ZipFile zip = new ZipFile(DIRECTORY.resolveSibling("telemetry-registry.zip").toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                archived.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        assertEquals(files(), archived);
    }

    /** The registry's files, by name. */
    static Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(DIRECTORY)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }
}
