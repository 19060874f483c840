package io.quarkiverse.telemetry.test.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Logs;
import io.quarkiverse.telemetry.test.plugin.catalog.CatalogProcessing;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.config.EnvConfigSource;

/**
 * Telemetry keys that configure nothing are named in one warning: settings of a plugin the application does not have,
 * and misspelt keys from environment variables, which SmallRye Config does not check.
 */
public class UnknownKeysTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CatalogProcessing.class, Environment.class)
                    .addClass("io.quarkiverse.telemetry.test.plugin.catalog.package-info")
                    .addAsServiceProvider(ConfigSource.class, Environment.class))
            .overrideConfigKey("telemetry.plugins.catlog.enabled", "false")
            .overrideConfigKey("telemetry.plugins.catalog.meter.version", "2.0")
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.quarkiverse.telemetry"))
            .assertLogRecords(records -> {
                List<String> warnings = Logs.lines(records).stream().filter(line -> line.contains("configure nothing"))
                        .toList();
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).contains("plugins: [catalog]): telemetry.metrics.exportres.logging.enabled,"
                        + " telemetry.plugins.catlog.enabled"), warnings.get(0));
                assertTrue(!warnings.get(0).contains("meter.version") && !warnings.get(0).contains("exporters."),
                        "known keys are not reported: " + warnings.get(0));
            });

    /** Environment variables, as the process would have them. */
    public static class Environment extends EnvConfigSource {
        public Environment() {
            super(Map.of("TELEMETRY_METRICS_EXPORTERS_LOGGING_ENABLED", "true",
                    "TELEMETRY_METRICS_EXPORTRES_LOGGING_ENABLED", "true"), 300);
        }
    }

    @Test
    void startsAndWarns() {
    }
}
