package io.quarkiverse.telemetry.it.scaffolder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** The demo's built-in templates, one per way a task can go. */
@ApplicationScoped
public class Templates {

    private final Map<String, Template> templates = Map.of(
            "react-app", new Template("react-app", List.of(
                    Step.of("fetch", "fetch:template", Map.of("skeleton", "react")),
                    Step.of("readme", "fs:write", Map.of("path", "README.md", "content", "# A React app")),
                    Step.of("log", "debug:log", Map.of("message", "React app ready")))),
            "docs-site", new Template("docs-site", List.of(
                    Step.of("fetch", "fetch:template", Map.of("skeleton", "docs")),
                    new Step("log", "debug:log", Map.of("message", "Docs site ready"), "verbose"))),
            "broken", new Template("broken", List.of(
                    Step.of("fetch", "fetch:template", Map.of("skeleton", "react")),
                    Step.of("fail", "debug:fail", Map.of("message", "failing on purpose")),
                    Step.of("log", "debug:log", Map.of("message", "never reached")))),
            "slow", new Template("slow", List.of(
                    Step.of("fetch", "fetch:template", Map.of("skeleton", "react")),
                    Step.of("wait", "debug:wait", Map.of("millis", "60000")),
                    Step.of("log", "debug:log", Map.of("message", "never reached")))));

    public Optional<Template> named(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    public List<Template> all() {
        return templates.values().stream().sorted(Comparator.comparing(Template::name)).toList();
    }

    public List<String> names() {
        return templates.keySet().stream().sorted().toList();
    }
}
