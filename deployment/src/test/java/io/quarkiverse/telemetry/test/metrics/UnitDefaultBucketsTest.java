package io.quarkiverse.telemetry.test.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A histogram in seconds ({@code s} or {@code seconds}) that gives no bucket boundaries gets the semantic conventions'
 * seconds buckets rather than OpenTelemetry's millisecond-sized defaults, through the service and through the plugin's
 * own meter; every other unit, and a histogram of whole seconds, keeps those defaults; boundaries from the code or from
 * the plugin's configuration win.
 */
public class UnitDefaultBucketsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class))
            .overrideRuntimeConfigKey("telemetry.plugins.catalog.instruments.\"catalog.configured.duration\".buckets",
                    "1,2");

    private static final List<String> SECONDS = List.of("0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5",
            "0.75", "1.0", "2.5", "5.0", "7.5", "10.0", "+Inf");
    private static final List<String> OPENTELEMETRY_DEFAULTS = List.of("0.0", "5.0", "10.0", "25.0", "50.0", "75.0",
            "100.0", "250.0", "500.0", "750.0", "1000.0", "2500.0", "5000.0", "7500.0", "10000.0", "+Inf");

    @Inject
    RootTelemetryService root;

    @Test
    void secondsGetSecondsBucketsOtherUnitsOpenTelemetrysAndTheCodesBoundariesWin() {
        TelemetryService catalog = root.forPlugin("catalog");
        catalog.createHistogram("catalog.refresh.duration", MetricOptions.builder().unit("s").build()).record(0.3);
        catalog.getMeter().histogramBuilder("catalog.stitch.duration").setUnit("s").build().record(0.3);
        catalog.createHistogram("catalog.fetch.latency", MetricOptions.builder().unit("ms").build()).record(30);
        catalog.createHistogram("catalog.batch.duration", MetricOptions.builder().unit("s")
                .explicitBucketBoundaries(List.of(1.0, 2.0)).build()).record(0.3);
        catalog.createHistogram("catalog.read.duration", MetricOptions.builder().unit("seconds").build()).record(0.3);
        catalog.createHistogram("catalog.configured.duration", MetricOptions.builder().unit("s").build()).record(0.3);
        catalog.getMeter().histogramBuilder("catalog.whole.duration").setUnit("s").ofLongs().build().record(3);

        String scrape = Scrapes.scrape();
        assertEquals(SECONDS, bucketsOf(scrape, "catalog_refresh_duration_seconds"));
        assertEquals(SECONDS, bucketsOf(scrape, "catalog_stitch_duration_seconds"));
        assertEquals("1.0", countIn(scrape, "catalog_refresh_duration_seconds", "0.5"), "0.3 s counted up to 0.5 s");
        assertEquals(OPENTELEMETRY_DEFAULTS, bucketsOf(scrape, "catalog_fetch_latency_milliseconds"));
        assertEquals(List.of("1.0", "2.0", "+Inf"), bucketsOf(scrape, "catalog_batch_duration_seconds"));
        assertEquals(SECONDS, bucketsOf(scrape, "catalog_read_duration_seconds"));
        assertEquals(List.of("1.0", "2.0", "+Inf"), bucketsOf(scrape, "catalog_configured_duration_seconds"));
        assertEquals(OPENTELEMETRY_DEFAULTS, bucketsOf(scrape, "catalog_whole_duration_seconds"));
    }

    private static List<String> bucketsOf(String scrape, String histogram) {
        Matcher bucket = Pattern.compile("^" + histogram + "_bucket\\{le=\"([^\"]+)\"", Pattern.MULTILINE).matcher(scrape);
        return bucket.results().map(result -> result.group(1)).toList();
    }

    private static String countIn(String scrape, String histogram, String le) {
        Matcher bucket = Pattern.compile("^" + histogram + "_bucket\\{le=\"" + Pattern.quote(le) + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(scrape);
        return bucket.find() ? bucket.group(1) : "no bucket " + le + " in " + scrape;
    }
}
