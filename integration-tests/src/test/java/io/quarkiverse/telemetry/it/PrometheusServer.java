package io.quarkiverse.telemetry.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Prometheus server (see {@link PrometheusPackage}) on this machine, scraping every second (one target, or as
 * configured), and its query API.
 */
final class PrometheusServer implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Process process, Path directory, String address) {
        this.process = process;
        this.directory = directory;
        this.address = address;
    }

    /** Starts Prometheus scraping {@code http://127.0.0.1:<targetPort>/q/metrics} as job {@code demo}. */
    static PrometheusServer scraping(int targetPort) throws IOException, InterruptedException {
        return scraping(targetPort, null);
    }

    /**
     * Starts Prometheus scraping {@code http://127.0.0.1:<targetPort>/q/metrics} as job {@code demo} and evaluating the
     * rules of {@code ruleFile} (if not null) every second.
     */
    static PrometheusServer scraping(int targetPort, Path ruleFile) throws IOException, InterruptedException {
        return start("""
                scrape_configs:
                  - job_name: demo
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(targetPort), ruleFile);
    }

    /**
     * Starts Prometheus with this configuration after a global section (scrapes and rule evaluations every second) and
     * the rules of {@code ruleFile} (if not null).
     *
     * @param flags further command-line flags, such as {@code --web.enable-remote-write-receiver}
     */
    static PrometheusServer start(String configuration, Path ruleFile, String... flags)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("prometheus");
        Path config = directory.resolve("prometheus.yml");
        String rules = ruleFile == null ? "" : "rule_files: ['" + ruleFile.toAbsolutePath() + "']\n";
        Files.writeString(config, rules + """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                """ + configuration);
        String address = "127.0.0.1:" + LoopbackProcesses.freePort();
        List<String> command = new ArrayList<>(List.of(System.getProperty("prometheus", "prometheus"),
                "--config.file=" + config, "--storage.tsdb.path=" + directory.resolve("data"),
                "--web.listen-address=" + address));
        command.addAll(List.of(flags));
        Process process = PrometheusPackage.start(new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(directory.resolve("prometheus.log").toFile()));
        PrometheusServer server = new PrometheusServer(process, directory, address);
        LoopbackProcesses.awaitReady(process, "prometheus", () -> server.get("/-/ready").contains("Ready"),
                server::log);
        return server;
    }

    /** Its address, {@code 127.0.0.1:<port>}. */
    String address() {
        return address;
    }

    /** The JSON answer of an instant query. */
    String query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** The JSON list of rule groups, with each rule's health and last error. */
    String rules() throws IOException, InterruptedException {
        return get("/api/v1/rules");
    }

    /** The JSON list of scrape targets, with their health and last error. */
    String targets() throws IOException, InterruptedException {
        return get("/api/v1/targets");
    }

    /** The server's own log, for failure messages. */
    String log() throws IOException {
        return Files.readString(directory.resolve("prometheus.log"));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address + path))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        LoopbackProcesses.stop(process);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
