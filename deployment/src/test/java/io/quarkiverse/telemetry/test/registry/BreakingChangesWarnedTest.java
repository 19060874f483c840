package io.quarkiverse.telemetry.test.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkus.test.QuarkusUnitTest;

/** By default ({@code warn}) each breaking change is a warning of the build, and the application runs. */
public class BreakingChangesWarnedTest {

    private static final int WARNING = Level.WARNING.intValue();

    @RegisterExtension
    static final QuarkusUnitTest app = ShopRelease.build()
            .overrideConfigKey("telemetry.registry.baseline", ShopRelease.BASELINE.toString())
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
