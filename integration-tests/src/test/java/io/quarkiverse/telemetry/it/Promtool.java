package io.quarkiverse.telemetry.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus' {@code promtool check metrics} on a scrape (see {@link PrometheusPackage}). */
public final class Promtool {

    /**
     * Backstage's catalog gauges, named as Backstage names them for the dashboards that chart them; promtool's lint
     * objects to their {@code _count} suffix (reserved for histograms and summaries), and only to that.
     */
    public static final Set<String> BACKSTAGE_GAUGES = Set.of("catalog_entities_count",
            "catalog_registered_locations_count", "catalog_relations_count");

    private Promtool() {
    }

    /** What promtool says of the Backstage gauges, sorted. */
    public static List<String> backstageGaugeFindings() {
        return BACKSTAGE_GAUGES.stream().sorted()
                .map(gauge -> gauge + " non-histogram and non-summary metrics should not have \"_count\" suffix").toList();
    }

    /** What promtool said: its exit code (0 clean, 3 lint problems, 1 unreadable) and its problem lines. */
    public record Result(int exitCode, List<String> problems) {
    }

    public static Result checkMetrics(String scrape) {
        String executable = System.getProperty("promtool", "promtool");
        Path input = null;
        try {
            input = Files.createTempFile("scrape", ".prom");
            Files.writeString(input, scrape);
            Process process = PrometheusPackage.start(new ProcessBuilder(executable, "check", "metrics")
                    .redirectErrorStream(true).redirectInput(input.toFile()));
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promtool did not finish within 60 s");
            }
            Result result = new Result(process.exitValue(), output.lines().filter(l -> !l.isBlank()).toList());
            assertNotEquals(1, result.exitCode(), () -> "promtool could not read the scrape: " + output + "\n" + scrape);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            if (input != null) {
                input.toFile().delete();
            }
        }
    }
}
