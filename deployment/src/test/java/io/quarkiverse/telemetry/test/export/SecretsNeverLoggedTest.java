package io.quarkiverse.telemetry.test.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Logs;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An exporter's credential never reaches a log line, whoever logs it: a library that quotes a collector's answer (which
 * may echo the credential) in its message or in an exception is masked as well.
 */
public class SecretsNeverLoggedTest {

    static final String SECRET = "S3CRET-T0KEN-4711";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Logs.class))
            .overrideConfigKey("telemetry.metrics.exporters.otlp.endpoint", "http://127.0.0.1:4317")
            .overrideConfigKey("telemetry.metrics.exporters.otlp.headers.authorization", "Bearer " + SECRET)
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.opentelemetry.exporter.demo"))
            .assertLogRecords(records -> {
                var lines = Logs.lines(records);
                assertTrue(lines.stream().anyMatch(line -> line.contains("authorization=***")
                        && line.contains("IOException: echoed ***")), lines.toString());
                assertTrue(lines.stream().noneMatch(line -> line.contains(SECRET)), lines.toString());
            });

    @Test
    void aLibraryQuotingTheCredentialIsMasked() {
        Logger.getLogger("io.opentelemetry.exporter.demo").warnf(new IOException("echoed Bearer " + SECRET),
                "Failed to export: the collector answered 401, authorization=%s", "Bearer " + SECRET);
    }
}
