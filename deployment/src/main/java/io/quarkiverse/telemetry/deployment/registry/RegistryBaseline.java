package io.quarkiverse.telemetry.deployment.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.aether.artifact.DefaultArtifact;

import io.quarkus.bootstrap.resolver.maven.BootstrapMavenException;
import io.quarkus.bootstrap.resolver.maven.MavenArtifactResolver;

/**
 * The files of the baseline registry {@code telemetry.registry.baseline} names: a directory, a {@code .zip} or
 * {@code .jar} holding one, or a Maven artifact resolved through Quarkus' bootstrap resolver, the one that resolves the
 * build's own dependencies (so the settings, repositories and local repository of the build apply).
 */
final class RegistryBaseline {

    /** Classifier and extension a registry is published with unless the coordinates say otherwise. */
    static final String CLASSIFIER = "telemetry-registry";
    static final String EXTENSION = "zip";

    private static final Pattern COORDINATES = Pattern
            .compile("([^:/\\\\\\s]+):([^:/\\\\\\s]+):([^:/\\\\\\s]+)(?::([^:/\\\\\\s]*))?(?::([^:/\\\\\\s]+))?");

    private RegistryBaseline() {
    }

    /**
     * The registry's {@code .yaml} files by their path from the manifest's directory.
     *
     * @param baseline the key's value
     * @param projectDirectory what a relative path is taken from
     * @throws IllegalArgumentException saying what was looked for and why it is not a registry
     */
    static Map<String, String> files(String baseline, Path projectDirectory) {
        Path path = projectDirectory.resolve(baseline);
        Matcher coordinates = COORDINATES.matcher(baseline);
        if (!Files.exists(path) && coordinates.matches()) {
            path = resolve(coordinates);
        }
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (Files.isRegularFile(path)) {
            return archive(path);
        }
        throw new IllegalArgumentException("there is no " + path + " (a directory, .zip or .jar of a registry;"
                + " Maven coordinates are groupId:artifactId:version[:classifier[:extension]])");
    }

    private static Path resolve(Matcher coordinates) {
        String classifier = coordinates.group(4) == null ? CLASSIFIER : coordinates.group(4);
        String extension = coordinates.group(5) == null ? EXTENSION : coordinates.group(5);
        DefaultArtifact artifact = new DefaultArtifact(coordinates.group(1), coordinates.group(2), classifier,
                extension, coordinates.group(3));
        try {
            return MavenArtifactResolver.builder().setWorkspaceDiscovery(false).build().resolve(artifact)
                    .getArtifact().getFile().toPath();
        } catch (BootstrapMavenException | RuntimeException e) {
            throw new IllegalArgumentException("the Maven artifact " + artifact + " cannot be resolved: "
                    + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new IllegalArgumentException("Maven coordinates can only be resolved by a Maven build; give the"
                    + " registry's path instead", e);
        }
    }

    private static Map<String, String> directory(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(file -> file.toString().endsWith(".yaml")).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the registry in " + root + " cannot be read: " + e.getMessage(), e);
        }
        return files;
    }

    /** The {@code .yaml} entries under the directory of the archive's manifest. */
    private static Map<String, String> archive(Path path) {
        Map<String, String> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String root = zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.equals(RegistryYaml.MANIFEST) || name.endsWith("/" + RegistryYaml.MANIFEST))
                    .map(name -> name.substring(0, name.length() - RegistryYaml.MANIFEST.length()))
                    .min((a, b) -> a.length() - b.length())
                    .orElseThrow(() -> new IllegalArgumentException(path + " holds no " + RegistryYaml.MANIFEST));
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(root) && entry.getName().endsWith(".yaml")) {
                    files.put(entry.getName().substring(root.length()),
                            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " is not a readable .zip or .jar: " + e.getMessage(), e);
        }
        return files;
    }
}
