package io.quarkiverse.telemetry.test.inventory;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkus.test.QuarkusUnitTest;

/** An error ratio that is no share and a stall period under a second fail the build together, naming the keys. */
public class InvalidAlertSettingsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Invoices.class))
            .overrideConfigKey("telemetry.operations-files.alerts.error-ratio", "5")
            .overrideConfigKey("telemetry.operations-files.alerts.stalled-after", "0s")
            .assertException(Failures.failsWith(
                    "telemetry.operations-files.alerts.error-ratio is 5.0: it must be a share above 0 and below 1",
                    "telemetry.operations-files.alerts.stalled-after is PT0S: it must be at least one second"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
