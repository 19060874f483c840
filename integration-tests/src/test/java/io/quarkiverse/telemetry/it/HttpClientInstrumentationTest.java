package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * HTTP instrumentation on (the default): a call of the Quarkus REST client made inside a plugin's span is a client span
 * under it (the Vert.x HTTP layer makes it), and the called endpoint's server span continues the same trace.
 */
@QuarkusTest
@TestProfile(HttpClientInstrumentationTest.CatalogUrl.class)
public class HttpClientInstrumentationTest {

    public static class CatalogUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.catalog.url", "http://localhost:${quarkus.http.test-port}");
        }
    }

    @Inject
    @RestClient
    CatalogClient catalog;

    @Inject
    @PluginTelemetry("scaffolder")
    TelemetryService telemetry;

    @Inject
    Spans spans;

    @Test
    void clientCallsAreSpansUnderThePluginSpan() {
        assertFalse(telemetry.startActiveSpan("scaffolder.fetch-catalog", span -> catalog.list()).isEmpty());

        Eventually.await(Duration.ofSeconds(5), () -> spans.finished().stream()
                .anyMatch(span -> span.getKind() == SpanKind.SERVER), "the called endpoint's server span");
        SpanData fetch = spans.named("scaffolder.fetch-catalog");
        SpanData client = spans.finished().stream().filter(span -> span.getKind() == SpanKind.CLIENT).findFirst()
                .orElseThrow(() -> new AssertionError("no client span in " + spans.finished()));
        SpanData server = spans.finished().stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow();
        assertEquals(fetch.getSpanId(), client.getParentSpanId());
        assertEquals(client.getSpanId(), server.getParentSpanId(), "the trace crosses the HTTP call");
    }
}
