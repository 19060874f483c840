package io.quarkiverse.telemetry.test.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkus.test.QuarkusUnitTest;

/** {@code telemetry.instrumentations.http=false}: no server span; the plugin's span starts its own trace. */
public class HttpInstrumentationOffTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(RefreshRoute.class, CatalogRefresh.class, CatalogStitcher.class,
                    InMemorySpans.class))
            .overrideRuntimeConfigKey("telemetry.instrumentations.http", "false");

    @Inject
    InMemorySpans spans;

    @Test
    void noServerSpan() throws InterruptedException {
        given().get("/refresh").then().statusCode(200);
        // a server span would end just after the response: give it the time to show up
        Thread.sleep(500);

        SpanData refresh = spans.named("catalog.refresh");
        assertFalse(refresh.getParentSpanContext().isValid(), "no server span to be the parent");
        assertEquals(refresh.getSpanId(), spans.named("catalog.stitch").getParentSpanId());
        assertFalse(spans.finished().stream().anyMatch(span -> span.getKind() == SpanKind.SERVER), spans.finished()
                .toString());
    }
}
