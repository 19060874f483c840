package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.testkit.RecordedMetrics;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The test kit as a plugin author uses it: the scaffolder's counter and histogram read without a scrape, from zero in
 * each test (both tests run the same task and expect exactly one).
 */
@QuarkusTest
public class RecordedMetricsTest {

    private static final Attributes REACT_APP_OK = Attributes.of(AttributeKey.stringKey("result"), "ok",
            AttributeKey.stringKey("template"), "react-app");

    @Inject
    RecordedMetrics metrics;

    @Test
    void taskCounterRoseByOneWithItsAttributes() {
        Scaffolder.run("react-app", "kit-erin");

        assertEquals(1, metrics.increase("scaffolder", "scaffolder.task.count", REACT_APP_OK));
        assertEquals(1, metrics.increase("scaffolder", "scaffolder.task.count",
                Attributes.of(AttributeKey.stringKey("template"), "react-app")));
        metrics.assertNothingRecorded("scaffolder", "scaffolder.task.count",
                Attributes.of(AttributeKey.stringKey("result"), "failed"));
    }

    /** A typo never reads as 0: a lookup that selects nothing fails, naming what exists. */
    @Test
    void aLookupThatSelectsNothingFailsWithWhatExists() {
        Scaffolder.run("react-app", "kit-heidi");

        AssertionError series = assertThrows(AssertionError.class, () -> metrics.increase("scaffolder",
                "scaffolder.task.count", Attributes.of(AttributeKey.stringKey("result"), "OK")));
        assertTrue(series.getMessage().startsWith("No series of instrument 'scaffolder.task.count' of plugin"
                + " 'scaffolder' has the attributes {result=\"OK\"}; its series: ["), series.getMessage());
        assertTrue(series.getMessage().contains("result=\"ok\""), series.getMessage());
        AssertionError plugin = assertThrows(AssertionError.class,
                () -> metrics.increase("scafolder", "scaffolder.task.count", REACT_APP_OK));
        assertEquals("No plugin 'scafolder' in this application; its plugins: [catalog, scaffolder]",
                plugin.getMessage());
    }

    @Test
    void nothingRecordedIsAnAssertionThatCanFail() {
        Scaffolder.run("react-app", "kit-ivan");

        AssertionError recorded = assertThrows(AssertionError.class,
                () -> metrics.assertNothingRecorded("scaffolder", "scaffolder.task.count", REACT_APP_OK));
        assertTrue(recorded.getMessage().contains("recorded since the reset"), recorded.getMessage());
        AssertionError typo = assertThrows(AssertionError.class,
                () -> metrics.assertNothingRecorded("scaffolder", "scaffolder.task.cuont", Attributes.empty()));
        assertTrue(typo.getMessage().startsWith("Instrument 'scaffolder.task.cuont' of plugin 'scaffolder' does not"
                + " exist; the plugin's instruments: ["), typo.getMessage());
    }

    @Test
    void taskDurationHistogramCountAndSum() {
        Scaffolder.run("react-app", "kit-frank");

        assertEquals(1, metrics.histogramCount("scaffolder", "scaffolder.task.duration", REACT_APP_OK));
        double seconds = metrics.histogramSum("scaffolder", "scaffolder.task.duration", REACT_APP_OK);
        assertTrue(seconds > 0 && seconds < 10, "one task's duration in seconds: " + seconds);
    }

    @Test
    void readingAnotherKindOrAnUnknownInstrumentFailsWithWhatExists() {
        Scaffolder.run("react-app", "kit-grace");

        AssertionError kind = assertThrows(AssertionError.class,
                () -> metrics.histogramCount("scaffolder", "scaffolder.task.count", Attributes.empty()));
        assertEquals("Instrument 'scaffolder.task.count' of plugin 'scaffolder' is not a histogram but LONG_SUM",
                kind.getMessage());
        AssertionError unknown = assertThrows(AssertionError.class,
                () -> metrics.increase("scaffolder", "scaffolder.tasks", Attributes.empty()));
        assertTrue(unknown.getMessage().startsWith("Instrument 'scaffolder.tasks' of plugin 'scaffolder' recorded"
                + " nothing; instruments of the plugin that did: [plugin.requests, scaffolder.step.count,"),
                unknown.getMessage());
    }
}
