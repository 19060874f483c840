package io.quarkiverse.telemetry.test.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.trace.SpanKind;
import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.mutiny.core.eventbus.EventBus;

/** The event-bus toggle on (the default): a message sent and consumed makes a producer and a consumer span. */
public class EventBusInstrumentationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(EventBusGreeter.class, InMemorySpans.class))
            .overrideRuntimeConfigKey("telemetry.instrumentations.event-bus", "true");

    @Inject
    EventBus bus;

    @Inject
    InMemorySpans spans;

    @Test
    void messagesAreSpans() {
        assertEquals("hello you", bus.requestAndAwait("greetings", "you").body());

        Eventually.await(Duration.ofSeconds(5), () -> spans.finished().size() >= 2, "the message's spans");
        assertEquals(SpanKind.PRODUCER, spans.named("greetings publish").getKind());
        assertEquals(SpanKind.CONSUMER, spans.named("greetings receive").getKind());
    }
}
