package io.quarkiverse.telemetry.test.tracing;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.ConsumeEvent;

/** An event bus consumer, for the event-bus instrumentation toggle. */
@ApplicationScoped
public class EventBusGreeter {

    @ConsumeEvent("greetings")
    public String greet(String name) {
        return "hello " + name;
    }
}
