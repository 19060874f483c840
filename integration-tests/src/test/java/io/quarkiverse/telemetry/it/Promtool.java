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

/**
 * Runs Prometheus' {@code promtool} (see {@link PrometheusPackage}): {@code check metrics} on a scrape, {@code check
 * rules} and {@code test rules} on rule files.
 */
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
        Path input = null;
        try {
            input = Files.createTempFile("scrape", ".prom");
            Files.writeString(input, scrape);
            Result result = run(new ProcessBuilder(executable(), "check", "metrics").redirectInput(input.toFile()));
            assertNotEquals(1, result.exitCode(),
                    () -> "promtool could not read the scrape: " + result.problems() + "\n" + scrape);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (input != null) {
                input.toFile().delete();
            }
        }
    }

    /** {@code promtool check rules}: the file's syntax, its expressions and its lint (0 when all pass). */
    public static Result checkRules(Path rules) {
        return run(new ProcessBuilder(executable(), "check", "rules", rules.toString()));
    }

    /** {@code promtool test rules}: the unit tests of a rule file (0 when all pass). */
    public static Result testRules(Path tests) {
        return run(new ProcessBuilder(executable(), "test", "rules", tests.toString()));
    }

    private static String executable() {
        return System.getProperty("promtool", "promtool");
    }

    /** Runs promtool, its output lines as the problems. */
    private static Result run(ProcessBuilder command) {
        try {
            Process process = PrometheusPackage.start(command.redirectErrorStream(true));
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promtool did not finish within 60 s");
            }
            return new Result(process.exitValue(), output.lines().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
