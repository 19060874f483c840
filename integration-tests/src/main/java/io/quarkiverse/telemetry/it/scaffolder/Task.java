package io.quarkiverse.telemetry.it.scaffolder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A template run for a user: its status and each step's result. */
public final class Task {

    private final String id;
    private final Template template;
    private final String user;
    private final Map<String, String> parameters;
    private final Path workspace;
    private final CountDownLatch cancellation = new CountDownLatch(1);
    private final CountDownLatch end = new CountDownLatch(1);
    private final Map<String, String> steps = new LinkedHashMap<>();
    private volatile String status = "processing";
    /** {@link System#nanoTime()} when the task ended; 0 while it runs. */
    private volatile long endedAt;

    Task(String id, Template template, String user, Map<String, String> parameters, Path workspace) {
        this.id = id;
        this.template = template;
        this.user = user;
        this.parameters = Map.copyOf(parameters);
        this.workspace = workspace;
    }

    public String id() {
        return id;
    }

    public Template template() {
        return template;
    }

    public String user() {
        return user;
    }

    Path workspace() {
        return workspace;
    }

    boolean parameter(String name) {
        return Boolean.parseBoolean(parameters.get(name));
    }

    /** Asks the task to stop: the running step, if it waits, and the steps after it are cancelled. */
    void cancel() {
        cancellation.countDown();
    }

    boolean cancelled() {
        return cancellation.getCount() == 0;
    }

    /** Waits up to the given time; true if the task was cancelled meanwhile. */
    boolean awaitCancellation(long millis) throws InterruptedException {
        return cancellation.await(millis, TimeUnit.MILLISECONDS);
    }

    synchronized void stepEnded(String step, String result) {
        steps.put(step, result);
    }

    void ended(String result) {
        status = result;
        endedAt = System.nanoTime();
        end.countDown();
    }

    /** Waits up to the given time for the task to end; true if it has. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return end.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the task ended longer ago than the given time. */
    boolean endedBefore(long nanoTime) {
        long ended = endedAt;
        return ended != 0 && ended - nanoTime < 0;
    }

    /** What the API shows of the task. */
    public synchronized Map<String, Object> view() {
        return Map.of("id", id, "template", template.name(), "user", user, "status", status,
                "steps", new LinkedHashMap<>(steps));
    }
}
