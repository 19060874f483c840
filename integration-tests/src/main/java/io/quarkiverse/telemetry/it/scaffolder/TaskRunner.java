package io.quarkiverse.telemetry.it.scaffolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.OneOffMetrics;

/**
 * Runs tasks in the background, step by step, and measures them with Backstage's scaffolder metrics: a task ends ok,
 * failed or cancelled; a step ok, failed, cancelled or skipped. Each task and step is a span.
 */
@ApplicationScoped
public class TaskRunner {

    static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("template");
    static final AttributeKey<String> STEP = AttributeKey.stringKey("step");
    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    /** How a task ends. */
    static final List<String> TASK_RESULTS = List.of("ok", "failed", "cancelled");
    /** How a step ends. */
    static final List<String> STEP_RESULTS = List.of("ok", "failed", "cancelled", "skipped");
    /** Seconds, from a log line (10 ms) to a large fetch (5 min); OpenTelemetry's default buckets assume ms. */
    static final List<Double> SECONDS = List.of(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0);

    private final TelemetryService telemetry;
    private final Actions actions;
    private final ManagedExecutor executor;
    private final OneOffMetrics oneOff;
    /** Bound per template and result: the templates and results are known at start-up. */
    private final Map<String, Map<String, Measures>> taskMeasures;
    /** Bound per template, step and result, for the same reason. */
    private final Map<String, Map<String, Map<String, Measures>>> stepMeasures;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final long retentionNanos;

    /** A task's or step's count and duration, bound to one template (step) and result. */
    private record Measures(BoundLongCounter count, BoundDoubleHistogram duration) {
    }

    @Inject
    public TaskRunner(@PluginTelemetry TelemetryService telemetry, Actions actions, ManagedExecutor executor,
            OneOffMetrics oneOff, Templates templates,
            @ConfigProperty(name = "scaffolder.tasks.retention", defaultValue = "10m") Duration retention) {
        this.retentionNanos = retention.toNanos();
        this.telemetry = telemetry;
        this.actions = actions;
        this.executor = executor;
        this.oneOff = oneOff;
        // Backstage's names, descriptions and units (scaffolder-backend 4.3's NunjucksWorkflowRunner)
        LongCounter taskCount = telemetry.createCounter("scaffolder.task.count",
                MetricOptions.builder().description("Total number of scaffolder tasks executed").build());
        DoubleHistogram taskSeconds = telemetry.createHistogram("scaffolder.task.duration", MetricOptions.builder()
                .description("Time taken to complete a scaffolder task end-to-end").unit("s")
                .explicitBucketBoundaries(SECONDS).build());
        LongCounter stepCount = telemetry.createCounter("scaffolder.step.count", MetricOptions.builder()
                .description("Total number of individual scaffolder action steps executed").build());
        DoubleHistogram stepSeconds = telemetry.createHistogram("scaffolder.step.duration", MetricOptions.builder()
                .description("Time taken to complete a single scaffolder action step").unit("s")
                .explicitBucketBoundaries(SECONDS).build());
        Map<String, Map<String, Measures>> taskHandles = new HashMap<>();
        Map<String, Map<String, Map<String, Measures>>> stepHandles = new HashMap<>();
        for (Template template : templates.all()) {
            Map<String, Measures> byResult = taskHandles.computeIfAbsent(template.name(), name -> new HashMap<>());
            for (String result : TASK_RESULTS) {
                Attributes attributes = Attributes.of(TEMPLATE, template.name(), RESULT, result);
                byResult.put(result, new Measures(telemetry.bind(taskCount, attributes),
                        telemetry.bind(taskSeconds, attributes)));
            }
            for (Step step : template.steps()) {
                Map<String, Measures> stepByResult = stepHandles
                        .computeIfAbsent(template.name(), name -> new HashMap<>())
                        .computeIfAbsent(step.id(), id -> new HashMap<>());
                for (String result : STEP_RESULTS) {
                    Attributes attributes = Attributes.of(TEMPLATE, template.name(), STEP, step.id(), RESULT, result);
                    stepByResult.put(result, new Measures(telemetry.bind(stepCount, attributes),
                            telemetry.bind(stepSeconds, attributes)));
                }
            }
        }
        // read-only from here on; final fields publish them safely to the task threads
        taskMeasures = taskHandles;
        stepMeasures = stepHandles;
    }

    /** Starts a task; it runs in the background, traced as one span that ends with it. */
    public Task start(Template template, String user, Map<String, String> parameters) throws IOException {
        forgetEndedTasks();
        Task task = new Task(UUID.randomUUID().toString(), template, user, parameters,
                Files.createTempDirectory("scaffolder-"));
        tasks.put(task.id(), task);
        telemetry.startActiveSpan("scaffolder.task", SpanOptions.builder().attribute(TEMPLATE, template.name()).build(),
                span -> executor.runAsync(() -> run(task)));
        return task;
    }

    public Optional<Task> task(String id) {
        forgetEndedTasks();
        return Optional.ofNullable(tasks.get(id));
    }

    /** Finished tasks are shown for {@code scaffolder.tasks.retention}, then forgotten: memory stays bounded. */
    private void forgetEndedTasks() {
        long before = System.nanoTime() - retentionNanos;
        tasks.values().removeIf(task -> task.endedBefore(before));
    }

    private void run(Task task) {
        long start = System.nanoTime();
        String result = "ok";
        for (Step step : task.template().steps()) {
            if (task.cancelled()) {
                result = "cancelled";
                break;
            }
            String stepResult = runStep(task, step);
            if (stepResult.equals("failed") || stepResult.equals("cancelled")) {
                result = stepResult;
                break;
            }
        }
        task.ended(result);
        String template = task.template().name();
        double seconds = secondsSince(start);
        Measures measures = taskMeasures.get(template).get(result);
        measures.count().add(1);
        measures.duration().record(seconds);
        oneOff.count("scaffolder_task_count", template, asBackstageRecorded(result));
        oneOff.record("scaffolder_task_duration", seconds, template, asBackstageRecorded(result));
        deleteWorkspace(task.workspace());
    }

    private String runStep(Task task, Step step) {
        long start = System.nanoTime();
        String result;
        if (step.onlyIf() != null && !task.parameter(step.onlyIf())) {
            result = "skipped";
        } else {
            try {
                boolean completed = telemetry.startActiveSpan("scaffolder.step",
                        SpanOptions.builder().attribute(STEP, step.id()).build(), span -> actions.run(task, step));
                result = completed ? "ok" : "cancelled";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = "cancelled";
            } catch (Exception e) {
                result = "failed";
            }
        }
        task.stepEnded(step.id(), result);
        String template = task.template().name();
        double seconds = secondsSince(start);
        Measures measures = stepMeasures.get(template).get(step.id()).get(result);
        measures.count().add(1);
        measures.duration().record(seconds);
        if (!result.equals("skipped")) { // Backstage's old step count leaves skipped steps out; its duration does not
            oneOff.count("scaffolder_step_count", template, step.id(), asBackstageRecorded(result));
        }
        oneOff.record("scaffolder_step_duration", seconds, template, step.id(), asBackstageRecorded(result));
        return result;
    }

    /** Backstage's deprecated metrics never say cancelled: its cancelled task or step throws, and counts as failed. */
    private static String asBackstageRecorded(String result) {
        return result.equals("cancelled") ? "failed" : result;
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static void deleteWorkspace(Path workspace) {
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up
        }
    }
}
