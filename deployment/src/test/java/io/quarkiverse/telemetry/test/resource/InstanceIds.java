package io.quarkiverse.telemetry.test.resource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.OtlpReceiver;
import io.quarkus.test.QuarkusUnitTest;

/** Where a running application's {@code service.instance.id} shows: its OTLP exports and its scrape's target_info. */
final class InstanceIds {

    private static final Pattern TARGET_INFO = Pattern.compile("(?m)^target_info\\{.*service_instance_id=\"([^\"]*)\"");

    private InstanceIds() {
    }

    /** An application pushing metrics (every 300 ms) and spans to the receiver, and serving its scrape. */
    static QuarkusUnitTest pushingTo(OtlpReceiver receiver) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClass(InstanceIds.class))
                .overrideConfigKey("telemetry.metrics.collection.export-interval", "300ms")
                .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", receiver.endpoint())
                .overrideConfigKey("telemetry.metrics.exporters.scrape.type", "prometheus")
                .overrideConfigKey("telemetry.tracing.exporters.otlp.endpoint", receiver.endpoint())
                .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "100ms");
    }

    /**
     * The instance ids the application shows, after recording a metric and a span: in the last metric export, in the
     * first span export, and in the scrape.
     */
    static List<String> shown(RootTelemetryService root, OtlpReceiver receiver) {
        root.forPlugin("catalog").createCounter("catalog.refreshes").add(1);
        root.forPlugin("catalog").getTracer().spanBuilder("refresh").startSpan().end();
        Eventually.await(Duration.ofSeconds(20), () -> !receiver.metrics().isEmpty() && !receiver.traces().isEmpty(),
                "a metric export and a span export");
        String scrape = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher targetInfo = TARGET_INFO.matcher(scrape);
        return List.of(
                of(receiver.lastMetrics().request().getResourceMetrics(0).getResource()),
                of(receiver.traces().get(0).request().getResourceSpans(0).getResource()),
                targetInfo.find() ? targetInfo.group(1) : "no target_info with service_instance_id in:\n" + scrape);
    }

    private static String of(Resource resource) {
        return resource.getAttributesList().stream().filter(attribute -> attribute.getKey().equals("service.instance.id"))
                .map(KeyValue::getValue).map(value -> value.getStringValue()).findFirst()
                .orElse("no service.instance.id in " + resource);
    }

    /** Asserts that all three places show the same id, and returns it. */
    static String same(List<String> shown) {
        assertEquals(List.of(shown.get(0), shown.get(0), shown.get(0)), shown, "OTLP metrics, OTLP spans, scrape");
        return shown.get(0);
    }
}
