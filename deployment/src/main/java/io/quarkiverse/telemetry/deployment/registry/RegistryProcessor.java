package io.quarkiverse.telemetry.deployment.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkiverse.telemetry.deployment.operations.OperationsFileBuildItem;
import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;

/**
 * The application's telemetry as an OpenTelemetry Weaver registry ({@link TelemetryRegistry}), built from the
 * inventory and written with the files for operators under {@value #DIRECTORY}/, and as one archive to publish.
 */
class RegistryProcessor {

    /** The registry's directory among the files for operators. */
    static final String DIRECTORY = "registry";
    /** The same files in one archive, to publish with a release. */
    static final String ARCHIVE = RegistryBaseline.CLASSIFIER + "." + RegistryBaseline.EXTENSION;

    @BuildStep
    TelemetryRegistryBuildItem registry(TelemetryInventoryBuildItem inventory, ApplicationInfoBuildItem application) {
        return new TelemetryRegistryBuildItem(TelemetryRegistry.of(application.getVersion(), inventory.getPlugins()));
    }

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    void registryFiles(TelemetryRegistryBuildItem registry, ApplicationInfoBuildItem application,
            TelemetryBuildConfig config, BuildProducer<OperationsFileBuildItem> files) {
        URI schemaBaseUrl = config.registry().schemaBaseUrl()
                .orElseGet(() -> URI.create("https://telemetry.invalid/" + application.getName()));
        Map<String, String> registryFiles = RegistryYaml.files(registry.getRegistry(), application.getName(),
                schemaBaseUrl);
        registryFiles.forEach((name, content) -> files.produce(new OperationsFileBuildItem(DIRECTORY + "/" + name,
                content)));
        files.produce(new OperationsFileBuildItem(ARCHIVE, zip(registryFiles)));
    }

    /** The files in one archive, to publish with a release (Weaver reads a registry from a {@code .zip} too). */
    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0); // the same registry gives the same bytes
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
