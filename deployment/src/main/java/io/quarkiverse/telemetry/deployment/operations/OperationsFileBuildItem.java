package io.quarkiverse.telemetry.deployment.operations;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * One file the build writes for operators into {@code telemetry.operations-files.directory}, such as the inventory or
 * the Prometheus rules: other steps produce them, {@link OperationsFilesProcessor} writes them all.
 */
public final class OperationsFileBuildItem extends MultiBuildItem {

    private final String name;
    private final String content;

    /**
     * @param name the file's path relative to the directory, {@code /}-separated, such as {@code grafana/catalog.json}
     * @param content its text, written in UTF-8
     */
    public OperationsFileBuildItem(String name, String content) {
        this.name = name;
        this.content = content;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }
}
