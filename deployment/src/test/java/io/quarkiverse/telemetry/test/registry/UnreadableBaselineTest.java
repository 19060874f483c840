package io.quarkiverse.telemetry.test.registry;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkus.test.QuarkusUnitTest;

/** A baseline that is not there fails the build even when changes only warn, naming the key and what it looked for. */
public class UnreadableBaselineTest {

    static final Path MISSING = Path.of("target", "no-such-registry").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Invoices.class))
            .overrideConfigKey("telemetry.registry.baseline", MISSING.toString())
            .assertException(Failures.failsWith("The baseline telemetry registry telemetry.registry.baseline="
                    + MISSING + " cannot be read: there is no " + MISSING + " (a directory, .zip or .jar of a"
                    + " registry; Maven coordinates are groupId:artifactId:version[:classifier[:extension]])"));

    @Test
    void theBuildFails() {
    }
}
