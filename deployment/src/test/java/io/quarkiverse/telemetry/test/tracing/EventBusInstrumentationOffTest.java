package io.quarkiverse.telemetry.test.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;
import io.quarkus.test.QuarkusUnitTest;
import io.vertx.mutiny.core.eventbus.EventBus;

/** {@code telemetry.instrumentations.event-bus=false}: messages make no span. */
public class EventBusInstrumentationOffTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(EventBusGreeter.class, InMemorySpans.class))
            .overrideRuntimeConfigKey("telemetry.instrumentations.event-bus", "false");

    @Inject
    EventBus bus;

    @Inject
    InMemorySpans spans;

    @Test
    void messagesAreNotSpans() throws InterruptedException {
        assertEquals("hello you", bus.requestAndAwait("greetings", "you").body());

        // the spans, if any, end around the reply: give them the time to show up
        Thread.sleep(500);
        assertEquals(List.of(), spans.finished());
    }
}
