package io.quarkiverse.telemetry.deployment.operations;

import java.nio.charset.StandardCharsets;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * One file the build writes for operators into {@code telemetry.operations-files.directory}, such as the inventory or
 * the Prometheus rules: other steps produce them, {@link OperationsFilesProcessor} writes them all.
 */
public final class OperationsFileBuildItem extends MultiBuildItem {

    private final String name;
    private final byte[] content;

    /**
     * @param name the file's path relative to the directory, {@code /}-separated, such as {@code grafana/catalog.json}
     * @param content its text, written in UTF-8
     */
    public OperationsFileBuildItem(String name, String content) {
        this(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param name the file's path relative to the directory, {@code /}-separated, such as {@code registry.zip}
     * @param content its bytes
     */
    public OperationsFileBuildItem(String name, byte[] content) {
        this.name = name;
        this.content = content.clone();
    }

    public String getName() {
        return name;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
