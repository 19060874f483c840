package io.quarkiverse.telemetry.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark in one go (the record paths with 1 and 2 threads, the scrape with 1), with JMH's GC profiler,
 * and prints one Markdown table: time and allocation per operation, each path's ratio to its baseline (the raw SDK
 * for record paths, Micrometer for the scrape) and to Micrometer's where its group has one.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** A benchmark's result: {@code group_variant} at a thread count, with its 99.9% confidence half-width. */
    private record Row(String group, String variant, int threads, double score, double error, String unit,
            double bytesPerOp) {
    }

    /**
     * Runs and prints the table.
     *
     * @param args none for every benchmark; or a regular expression of record paths to run alone (such as
     *        {@code counterAdd3}), without the scrape
     */
    public static void main(String[] args) throws RunnerException {
        String recordPaths = RecordingBenchmark.class.getSimpleName() + (args.length > 0 ? "\\." + args[0] : "");
        List<Row> rows = new ArrayList<>();
        for (int threads : new int[] { 1, 2 }) {
            rows.addAll(run(recordPaths, threads));
        }
        if (args.length == 0) {
            rows.addAll(run(ScrapeBenchmark.class.getSimpleName(), 1));
        }
        System.out.println();
        System.out.println("| benchmark | threads | time/op (± 99.9% CI) | B/op | ratio to baseline | ratio to Micrometer |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %s %s | %d | %.2f ± %.2f %s | %.1f | %s | %s |%n", row.group, row.variant,
                    row.threads, row.score, row.error, row.unit, row.bytesPerOp,
                    ratio(rows, row, baselineOf(row.group)), ratio(rows, row, "micrometer"));
        }
    }

    /** The row's time over that of the variant of its group at its thread count, if the group has that variant. */
    private static String ratio(List<Row> rows, Row row, String variant) {
        Row baseline = rows.stream().filter(other -> other.group.equals(row.group) && other.threads == row.threads
                && other.variant.equals(variant)).findFirst().orElse(null);
        return baseline == null ? "—"
                : row == baseline ? "baseline" : String.format(Locale.ROOT, "%.2f", row.score / baseline.score);
    }

    private static String baselineOf(String group) {
        return switch (group) {
            case "scrape" -> "micrometer";
            case "scrapeStage" -> "";
            default -> "sdk";
        };
    }

    private static Collection<Row> run(String benchmark, int threads) throws RunnerException {
        // Two threads on one instrument contend on the SDK's per-instrument atomics, where the memory layout of each
        // JVM decides much: more forks average it out.
        Options options = new OptionsBuilder().include(benchmark).threads(threads).forks(threads == 1 ? 2 : 3)
                .addProfiler(GCProfiler.class).build();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String method = result.getParams().getBenchmark();
            String name = method.substring(method.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(name, new Row(name.substring(0, name.indexOf('_')), name.substring(name.indexOf('_') + 1),
                    threads, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    allocation == null ? Double.NaN : allocation.getScore()));
        }
        return rows.values();
    }
}
