package io.quarkiverse.telemetry.deployment.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Singleton;

import io.quarkiverse.telemetry.deployment.operations.OperationsFileBuildItem;
import io.quarkiverse.telemetry.deployment.operations.OperationsFilesProcessor.OperationsFilesEnabled;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.config.TelemetryBuildConfig;
import io.quarkiverse.telemetry.runtime.registry.DeclaredTelemetry;
import io.quarkiverse.telemetry.runtime.registry.RegistryRecorder;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.deployment.IsTest;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationInfoBuildItem;

/**
 * The application's telemetry as an OpenTelemetry Weaver registry ({@link TelemetryRegistry}), built from the
 * inventory and written with the files for operators under {@value #DIRECTORY}/, and as one archive to publish; in
 * tests, also what it declares, for the test kit's live check.
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

    /** In tests, what the registry declares, as a bean: the test kit's live check compares what runs with it. */
    @BuildStep(onlyIf = IsTest.class)
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem declaredTelemetry(TelemetryRegistryBuildItem registry, RegistryRecorder recorder) {
        Map<String, Map<String, List<String>>> metricKeys = new HashMap<>();
        Map<String, List<String>> openMetrics = new HashMap<>();
        Map<String, List<String>> spans = new HashMap<>();
        for (TelemetryRegistry.Plugin plugin : registry.getRegistry().plugins()) {
            Map<String, List<String>> metrics = new HashMap<>();
            List<String> open = new ArrayList<>();
            for (TelemetryRegistry.Metric metric : plugin.metrics()) {
                String name = metric.name().toLowerCase(Locale.ROOT);
                metrics.put(name, new ArrayList<>(metric.attributes().keySet()));
                if (!metric.attributesComplete()) {
                    open.add(name);
                }
            }
            metricKeys.put(plugin.id(), metrics);
            openMetrics.put(plugin.id(), open);
            spans.put(plugin.id(), plugin.spans().stream().map(TelemetryRegistry.Span::name).toList());
        }
        return SyntheticBeanBuildItem.configure(DeclaredTelemetry.class).scope(Singleton.class).unremovable()
                .supplier(recorder.declared(metricKeys, openMetrics, spans)).done();
    }

    @BuildStep(onlyIf = OperationsFilesEnabled.class)
    void registryFiles(TelemetryRegistryBuildItem registry, ApplicationInfoBuildItem application,
            TelemetryBuildConfig config, BuildProducer<OperationsFileBuildItem> files) {
        URI schemaBaseUrl = config.registry().schemaBaseUrl()
                .orElseGet(() -> URI.create("https://telemetry.invalid/"
                        + application.getName().replaceAll("[^A-Za-z0-9._-]", "-")));
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
