package io.quarkiverse.telemetry.deployment.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;

/**
 * The application's classes as the build sees them, for {@link PluginCodeReader}: which classes are the application's
 * (in the combined index, so followed into) and the bytecode of a class, read from the application's root archive or
 * else the application archive that holds it, as the index was built; a class of no archive (a library's, such as
 * OpenTelemetry's API) is read through the build's class loader.
 */
final class ApplicationClasses {

    private final IndexView index;
    private final ApplicationArchivesBuildItem archives;

    ApplicationClasses(IndexView index, ApplicationArchivesBuildItem archives) {
        this.index = index;
        this.archives = archives;
    }

    /** Whether the class (dotted name) is the application's. */
    boolean contains(String className) {
        return index.getClassByName(DotName.createSimple(className)) != null;
    }

    /** The class's bytecode, if it can be found. */
    Optional<byte[]> bytecode(String internalName) {
        String resource = internalName + ".class";
        // the root first: where a class is in more than one archive, the application's own is the one that runs
        for (ApplicationArchive archive : new ApplicationArchive[] { archives.getRootArchive(),
                archives.containingArchive(DotName.createSimple(internalName.replace('/', '.'))) }) {
            byte[] bytes = archive == null ? null
                    : archive.apply(tree -> tree.apply(resource, visit -> visit == null ? null : read(visit)));
            if (bytes != null) {
                return Optional.of(bytes);
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(io.quarkus.paths.PathVisit visit) {
        try {
            return Files.readAllBytes(visit.getPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
