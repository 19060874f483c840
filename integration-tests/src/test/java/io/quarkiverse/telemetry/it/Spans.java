package io.quarkiverse.telemetry.it;

import jakarta.inject.Singleton;

import io.quarkiverse.telemetry.internal.testsupport.InMemorySpans;

/** The demo's ended spans, in memory, for the tracing tests. */
@Singleton
public class Spans extends InMemorySpans {
}
