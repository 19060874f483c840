package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.it.scaffolder.Actions;
import io.quarkiverse.telemetry.testkit.RecordedSpans;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The span test kit as a plugin author uses it: the scaffolder's task span and its steps read without an exporter,
 * attributed to the plugin, from nothing in each test (both tests run a task and expect exactly one task span).
 */
@QuarkusTest
public class RecordedSpansTest {

    private static final AttributeKey<String> PLUGIN = AttributeKey.stringKey("backstage.plugin.id");
    private static final AttributeKey<String> STEP = AttributeKey.stringKey("step");

    @Inject
    RecordedSpans spans;

    @Test
    void aFailedStepIsAnErrorWithItsTypeUnderTheTaskSpan() {
        Scaffolder.run("broken", "spans-alice");

        SpanData task = spans.named("scaffolder", "scaffolder.task");
        assertEquals("broken", task.getAttributes().get(AttributeKey.stringKey("template")));
        assertEquals("scaffolder", task.getAttributes().get(PLUGIN));
        assertEquals(StatusCode.UNSET, task.getStatus().getStatusCode(), "the task itself ends; its step failed");

        List<SpanData> steps = spans.childrenOf(task);
        assertEquals(List.of("fetch", "fail"), steps.stream().map(step -> step.getAttributes().get(STEP)).toList());
        SpanData failed = steps.get(1);
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertEquals("failing on purpose", failed.getStatus().getDescription());
        assertEquals(Actions.ActionFailed.class.getName(),
                failed.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals(List.of("exception"), failed.getEvents().stream().map(EventData::getName).toList());
    }

    @Test
    void eachTestReadsItsOwnSpans() {
        Scaffolder.run("react-app", "spans-bob");

        SpanData task = spans.named("scaffolder", "scaffolder.task");
        assertEquals(3, spans.childrenOf(task).size(), "the three steps of react-app");
        assertTrue(spans.ended("scaffolder").stream().allMatch(span -> "scaffolder".equals(span.getAttributes()
                .get(PLUGIN))), "only the scaffolder's spans");
    }

    /** A typo never reads as "no span": an unknown plugin or span name fails, naming what exists. */
    @Test
    void aLookupThatFindsNothingFailsWithWhatExists() {
        Scaffolder.run("react-app", "spans-carol");
        spans.named("scaffolder", "scaffolder.task");

        AssertionError plugin = assertThrows(AssertionError.class, () -> spans.ended("scafolder"));
        assertEquals("No plugin 'scafolder' in this application; its plugins: [catalog, scaffolder]",
                plugin.getMessage());
        AssertionError name = assertThrows(AssertionError.class, () -> spans.named("scaffolder", "scaffolder.tsak"));
        assertEquals("Expected one span 'scaffolder.tsak' of plugin 'scaffolder' since the reset, found 0; the spans it"
                + " ended: [scaffolder.step, scaffolder.step, scaffolder.step, scaffolder.task]", name.getMessage());
    }
}
