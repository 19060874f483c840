package io.quarkiverse.telemetry.test.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkus.test.QuarkusUnitTest;

/** A directory that cannot be made (a file stands in its way) fails the build, naming it and the keys. */
public class UnwritableOperationsDirectoryTest {

    static final Path FILE = file(Path.of("target", "operations-files-blocked").toAbsolutePath());

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(Invoices.class))
            .overrideConfigKey("telemetry.operations-files.directory", FILE.resolve("telemetry").toString())
            .assertException(Failures.failsWith("cannot be written to " + FILE.resolve("telemetry"),
                    "(telemetry.operations-files.directory; telemetry.operations-files.enabled=false turns them off)"));

    @Test
    void theBuildFails() {
    }

    private static Path file(Path path) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, "in the way");
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
