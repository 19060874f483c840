package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code telemetry.instrumentations.http=false} (run time): the Quarkus REST client's calls go through the Vert.x HTTP
 * layer, so neither the call nor the called endpoint makes a span; the plugin's own span remains.
 */
@QuarkusTest
@TestProfile(HttpClientInstrumentationOffTest.HttpOff.class)
public class HttpClientInstrumentationOffTest {

    public static class HttpOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.catalog.url", "http://localhost:${quarkus.http.test-port}",
                    "telemetry.instrumentations.http", "false");
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
    void clientCallsAreNoSpans() throws InterruptedException {
        assertFalse(telemetry.startActiveSpan("scaffolder.fetch-catalog", span -> catalog.list()).isEmpty());
        // the server span, if any, ends just after the response: give it the time to show up
        Thread.sleep(500);

        spans.named("scaffolder.fetch-catalog");
        assertEquals(List.of(), spans.finished().stream()
                .filter(span -> span.getKind() == SpanKind.CLIENT || span.getKind() == SpanKind.SERVER).toList());
    }
}
