package io.quarkiverse.telemetry.test.tracing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code telemetry.tracing.sampler.ratio}, at run time: with 0 no new trace is kept, while a span whose parent was
 * sampled upstream follows its parent.
 */
public class SamplerRatioTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideRuntimeConfigKey("telemetry.tracing.sampler.ratio", "0");

    @Inject
    @PluginTelemetry("catalog")
    TelemetryService telemetry;

    @Test
    void newTracesAreDroppedAndSampledParentsFollowed() {
        Tracer tracer = telemetry.getTracer();
        Span root = tracer.spanBuilder("refresh").startSpan();
        assertFalse(root.getSpanContext().isSampled(), "ratio 0 keeps no new trace");
        root.end();

        SpanContext sampledUpstream = SpanContext.createFromRemoteParent("0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault());
        Span child = tracer.spanBuilder("refresh")
                .setParent(Context.root().with(Span.wrap(sampledUpstream))).startSpan();
        assertTrue(child.getSpanContext().isSampled(), "a sampled parent's decision is followed");
        child.end();
    }
}
