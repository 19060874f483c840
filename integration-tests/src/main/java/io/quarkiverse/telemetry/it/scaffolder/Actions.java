package io.quarkiverse.telemetry.it.scaffolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** The built-in actions a step can run, in the task's workspace directory. */
@ApplicationScoped
public class Actions {

    private static final Logger LOG = Logger.getLogger(Actions.class);

    /** Thrown by an action that fails. */
    public static class ActionFailed extends Exception {
        ActionFailed(String message) {
            super(message);
        }
    }

    /** Runs the action of a step; returns false when the task was cancelled meanwhile. */
    boolean run(Task task, Step step) throws ActionFailed, IOException, InterruptedException {
        Map<String, String> input = step.input();
        switch (step.action()) {
            case "fetch:template" -> Files.writeString(task.workspace().resolve("skeleton.txt"),
                    "skeleton " + input.get("skeleton") + " for " + task.user());
            case "fs:write" -> Files.writeString(task.workspace().resolve(Path.of(input.get("path")).getFileName()),
                    input.get("content"));
            case "debug:log" -> LOG.infof("task %s: %s", task.id(), input.get("message"));
            case "debug:fail" -> throw new ActionFailed(input.get("message"));
            case "debug:wait" -> {
                return !task.awaitCancellation(Long.parseLong(input.get("millis")));
            }
            default -> throw new ActionFailed("unknown action " + step.action());
        }
        return true;
    }
}
