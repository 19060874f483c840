package io.quarkiverse.telemetry.test.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.aether.artifact.DefaultArtifact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.bootstrap.resolver.maven.BootstrapMavenException;
import io.quarkus.bootstrap.resolver.maven.MavenArtifactResolver;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A baseline given as Maven coordinates is resolved as the build's dependencies are: here the previous release's
 * registry archive, installed in the local repository as {@code mvn install} of a release with the archive attached
 * would (classifier {@code telemetry-registry}, extension {@code zip}, the defaults).
 */
public class MavenBaselineTest {

    static final String COORDINATES = "io.quarkiverse.telemetry.test:registry-baseline:1.3.0";
    static final Path ARCHIVE = install(Path.of("target", "registry-baseline-1.3.0.zip").toAbsolutePath());

    @RegisterExtension
    static final QuarkusUnitTest app = ShopRelease.build()
            .overrideConfigKey("telemetry.registry.baseline", COORDINATES)
            .overrideConfigKey("telemetry.registry.breaking-changes", "fail")
            .assertException(Failures.failsWith("9 breaking change(s) of the telemetry from 1.3.0 (" + COORDINATES
                    + ") to 1.4.0",
                    "- plugin 'orders', metric 'orders.wait': its unit changed (1.3.0: 'ms'; 1.4.0: 's')\n"));

    @Test
    void theBuildComparesWithTheResolvedArchive() {
    }

    /** Zips the baseline's files (in a folder, as an archive may hold them) and installs the archive. */
    private static Path install(Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String file : List.of("manifest.yaml", "orders.yaml", "returns.yaml")) {
                    zip.putNextEntry(new ZipEntry("registry/" + file));
                    zip.write(Files.readAllBytes(ShopRelease.BASELINE.resolve(file)));
                    zip.closeEntry();
                }
            }
            MavenArtifactResolver.builder().setWorkspaceDiscovery(false).build()
                    .install(new DefaultArtifact("io.quarkiverse.telemetry.test", "registry-baseline",
                            "telemetry-registry", "zip", "1.3.0").setFile(archive.toFile()));
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BootstrapMavenException e) {
            throw new IllegalStateException(e);
        }
    }
}
