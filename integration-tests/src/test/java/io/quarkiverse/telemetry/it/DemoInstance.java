package io.quarkiverse.telemetry.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged demo ({@code target/quarkus-app/quarkus-run.jar}) in a process of its own, on a
 * loopback port of its own, with the given properties: a replica of a fleet.
 */
final class DemoInstance implements AutoCloseable {

    static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance and waits until it is ready ({@code /q/health/ready}), for at most 60 seconds. */
    static DemoInstance start(String name, Map<String, String> properties) throws IOException, InterruptedException {
        if (!Files.isRegularFile(RUNNER)) {
            throw new AssertionError(RUNNER + " is missing: the demo is packaged before the integration tests run");
        }
        int port = LoopbackProcesses.freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", RUNNER.toString()));
        Path log = Files.createTempFile("demo-" + name, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        DemoInstance instance = new DemoInstance(process, port, log);
        LoopbackProcesses.awaitReady(process, "the demo", () -> instance.get("/q/health/ready") == 200,
                instance::log);
        return instance;
    }

    /** Its HTTP port on 127.0.0.1. */
    int port() {
        return port;
    }

    /** Sends a GET and returns the status. */
    int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Its output so far, for failure messages. */
    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        LoopbackProcesses.stop(process);
        Files.deleteIfExists(log);
    }
}
