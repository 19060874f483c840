package io.quarkiverse.telemetry.it.scaffolder;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BackendPlugin;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.PluginRequests;

/** The scaffolder plugin, declared on its class: runs a template as a task. */
@BackendPlugin("scaffolder")
@Path("/scaffolder/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class ScaffolderResource {

    private static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("template");
    private static final AttributeKey<String> USER = AttributeKey.stringKey("user");
    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

    private final LongCounter tasks;
    private final DoubleHistogram taskDuration;
    private final LongCounter requests;

    @Inject
    public ScaffolderResource(@PluginTelemetry TelemetryService telemetry) {
        tasks = telemetry.createCounter("scaffolder.task.count",
                MetricOptions.builder().description("Count of task runs").build());
        taskDuration = telemetry.createHistogram("scaffolder.task.duration", MetricOptions.builder()
                .description("Duration of a task run").unit("s")
                .explicitBucketBoundaries(List.of(0.01, 0.1, 1.0, 10.0, 60.0)).build());
        requests = PluginRequests.counter(telemetry);
    }

    @POST
    public Map<String, String> run(@QueryParam("template") @DefaultValue("hello-world") String template,
            @QueryParam("user") @DefaultValue("guest") String user, @QueryParam("fail") boolean fail) {
        long start = System.nanoTime();
        requests.add(1);
        String result = fail ? "failed" : "ok";
        tasks.add(1, Attributes.of(TEMPLATE, template, USER, user, RESULT, result));
        taskDuration.record((System.nanoTime() - start) / 1e9, Attributes.of(TEMPLATE, template, RESULT, result));
        return Map.of("template", template, "result", result);
    }
}
