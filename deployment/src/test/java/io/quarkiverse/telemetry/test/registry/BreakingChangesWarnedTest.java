package io.quarkiverse.telemetry.test.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkiverse.telemetry.test.inventory.orders.payments.Payments;
import io.quarkus.test.QuarkusUnitTest;

/** By default ({@code warn}) each breaking change is a warning of the build, and the application runs. */
public class BreakingChangesWarnedTest {

    private static final int WARNING = Level.WARNING.intValue();
    static final Path BASELINE = Path.of("src", "test", "resources", "registry-baseline").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addPackage(OrderProcessing.class.getPackage())
                    .addPackage(Payments.class.getPackage()).addClass(Invoices.class))
            .overrideConfigKey("quarkus.application.version", "1.4.0")
            .overrideConfigKey("telemetry.registry.baseline", BASELINE.toString())
            .setLogRecordPredicate(record -> record.getLoggerName().endsWith("RegistryCheckProcessor"))
            .assertLogRecords(records -> {
                List<String> warnings = records.stream().filter(record -> record.getLevel().intValue() == WARNING)
                        .map(record -> record.getMessage()).toList();
                assertEquals(9, warnings.size(), warnings.toString());
                assertEquals("Breaking change of the telemetry from 1.3.0 to 1.4.0: plugin 'orders', metric"
                        + " 'orders.wait': its unit changed (1.3.0: 'ms'; 1.4.0: 's')", warnings.get(5));
            });

    @Inject
    OrderProcessing orders;

    @Test
    void theApplicationRuns() {
        orders.place("ok", 0.1, "gold");
    }
}
