package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An exporter type nobody provides fails start-up, naming the key, the value and the types allowed for the signal,
 * contributed ones included.
 */
public class UnknownExporterTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(ExporterProviderTest.CaptureProvider.class))
            .overrideConfigKey("telemetry.metrics.exporters.traces.type", "zipkin")
            .overrideConfigKey("telemetry.tracing.exporters.scrape.type", "prometheus")
            .overrideConfigKey("telemetry.tracing.exporters.jaeger.endpoint", "http://localhost:14250")
            .assertException(Failures.failsWith(
                    "telemetry.metrics.exporters.traces.type=zipkin: unknown exporter type; allowed: prometheus, otlp, logging, capture",
                    "telemetry.tracing.exporters.scrape.type=prometheus: unknown exporter type; allowed: otlp, logging, capture",
                    "telemetry.tracing.exporters.jaeger.type is not set and 'jaeger' names no exporter type: set it to one of otlp, logging, capture"));

    @Test
    void startUpFails() {
        fail("Start-up should have failed");
    }
}
