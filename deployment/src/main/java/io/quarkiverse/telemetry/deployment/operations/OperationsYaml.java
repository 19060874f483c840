package io.quarkiverse.telemetry.deployment.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The YAML the build's files are written in: no document marker, quotes only where YAML needs them, list items
 * indented under their key, long lines kept whole (a PromQL expression or a note stays on one line).
 */
public final class OperationsYaml {

    /** Reads and writes the files' YAML. */
    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).disable(YAMLGenerator.Feature.SPLIT_LINES));

    private OperationsYaml() {
    }

    /**
     * The tree as YAML, after a comment that says where the file comes from.
     *
     * @param what what the file holds, as an error names it
     */
    public static String write(String comment, JsonNode tree, String what) {
        try {
            return "# " + comment + "\n" + MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The " + what + " cannot be written as YAML", e);
        }
    }
}
