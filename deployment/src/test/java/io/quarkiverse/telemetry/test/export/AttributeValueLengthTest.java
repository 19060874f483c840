package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Attribute values longer than {@code telemetry.attribute-value-length-limit} are cut, in the scrape and in OTLP, with
 * a digest of the whole value so that two long values stay two series, even when {@code String.hashCode} makes them
 * collide; a 100 KB value used to land whole in the scrape, Micrometer's too.
 * Span attribute values are cut by the SDK's span limits.
 */
public class AttributeValueLengthTest {

    static final OtlpReceiver receiver = OtlpReceiver.of(AttributeValueLengthTest.class);
    static final AttributeKey<String> QUERY = AttributeKey.stringKey("query");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, InMemorySpans.class))
            .overrideConfigKey("telemetry.attribute-value-length-limit", "64")
            .overrideConfigKey("telemetry.metrics.collection.export-interval", "200ms")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.protocol", "http/protobuf")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
            .overrideConfigKey("telemetry.metrics.exporters.scrape.type", "prometheus");

    @Inject
    @PluginTelemetry("catalog")
    TelemetryService telemetry;

    @Inject
    InMemorySpans spans;

    @Inject
    MeterRegistry micrometer;

    @Test
    void spanAttributeValuesAreCutToo() {
        telemetry.startActiveSpan("catalog.search", SpanOptions.builder().attribute(QUERY, "q".repeat(100_000)).build(),
                span -> null);
        assertEquals(64, spans.named("catalog.search").getAttributes().get(QUERY).length());
    }

    @Test
    void longValuesAreCutAndStayApart() {
        var searches = telemetry.createCounter("catalog.searches");
        String hundredKb = "a".repeat(100_000);
        searches.add(1, Attributes.of(QUERY, hundredKb));
        searches.add(2, Attributes.of(QUERY, hundredKb + "b"));
        searches.add(3, Attributes.of(QUERY, "short"));

        Matcher series = Pattern
                .compile("^catalog_searches_total\\{otel_scope_name=\"backstage-plugin-catalog\",query=\"([^\"]*)\",} (\\S+)$",
                        Pattern.MULTILINE)
                .matcher(Scrapes.scrape());
        List<String> values = series.results().map(match -> match.group(1)).sorted().toList();
        assertEquals(3, values.size(), values.toString());
        assertEquals("short", values.get(2));
        assertEquals(64, values.get(0).length(), values.get(0));
        assertEquals(64, values.get(1).length(), values.get(1));
        assertTrue(values.get(0).startsWith("a".repeat(41) + "~"), values.get(0));
        assertNotEquals(values.get(0), values.get(1), "two long values stay two series");

        Eventually.await(Duration.ofSeconds(20), () -> exported().size() == 3, "an OTLP export of the three series");
        assertEquals(values, exported(), "OTLP gets the same cut values as the scrape");
    }

    @Test
    void valuesWhoseTailsCollideUnderStringHashCodeStayApart() {
        var lookups = telemetry.createCounter("catalog.lookups");
        String prefix = "p".repeat(100);
        assertEquals((prefix + "Aa").hashCode(), (prefix + "BB").hashCode(), "the two values collide under hashCode");
        lookups.add(1, Attributes.of(QUERY, prefix + "Aa"));
        lookups.add(2, Attributes.of(QUERY, prefix + "BB"));

        Matcher series = Pattern.compile(
                "^catalog_lookups_total\\{otel_scope_name=\"backstage-plugin-catalog\",query=\"([^\"]*)\",} (\\S+)$",
                Pattern.MULTILINE).matcher(Scrapes.scrape());
        List<String> values = series.results().map(match -> match.group(1) + " " + match.group(2)).sorted().toList();
        assertEquals(2, values.size(), values.toString());
        assertNotEquals(values.get(0).split(" ")[0], values.get(1).split(" ")[0], "two values, two series");
        assertTrue(values.get(0).length() <= 64 + 4 && values.get(0).startsWith("p".repeat(30)), values.get(0));
    }

    @Test
    void micrometerMetersInTheScrapeAreCutToo() {
        Counter.builder("legacy.searches").tag("query", "m".repeat(100_000)).register(micrometer).increment();
        Counter.builder("legacy.searches").tag("query", "m".repeat(100_000) + "n").register(micrometer).increment();

        List<String> lines = Scrapes.scrape().lines().filter(line -> line.startsWith("legacy_searches_total{")).toList();
        assertEquals(2, lines.size(), "two meters, two series");
        assertNotEquals(lines.get(0), lines.get(1));
        for (String line : lines) {
            assertTrue(line.contains("query=\"" + "m".repeat(30)) && line.length() < 200,
                    line.substring(0, Math.min(line.length(), 200)));
        }
    }

    /** The query values of catalog.searches in the last OTLP export. */
    private static List<String> exported() {
        if (receiver.metrics().isEmpty()) {
            return List.of();
        }
        return receiver.lastMetrics().request().getResourceMetricsList().stream()
                .flatMap(resource -> resource.getScopeMetricsList().stream())
                .flatMap(scope -> scope.getMetricsList().stream())
                .filter(metric -> metric.getName().equals("catalog.searches"))
                .flatMap(metric -> metric.getSum().getDataPointsList().stream())
                .map(NumberDataPoint::getAttributesList).map(attributes -> attributes.get(0).getValue().getStringValue())
                .sorted().toList();
    }
}
