package io.quarkiverse.telemetry.test.inventory;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkus.test.QuarkusUnitTest;

/** {@code telemetry.operations-files.enabled=false}: the build writes no file, and the application runs. */
public class OperationsFilesOffTest {

    static final Path DIRECTORY = Path.of("target", "operations-files-off").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Invoices.class))
            .overrideConfigKey("telemetry.operations-files.directory", DIRECTORY.toString())
            .overrideConfigKey("telemetry.operations-files.enabled", "false");

    @Inject
    Invoices invoices;

    @Test
    void noFileIsWritten() {
        invoices.issued();
        assertFalse(Files.exists(DIRECTORY), DIRECTORY + " exists");
    }
}
