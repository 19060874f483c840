package io.quarkiverse.telemetry.it.scaffolder;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.PluginRequests;

/** Runs templates as tasks for users: start, follow, cancel. */
@Path("/scaffolder")
@Produces(MediaType.APPLICATION_JSON)
public class ScaffolderResource {

    @Inject
    Templates templates;

    @Inject
    TaskRunner runner;

    private final LongCounter requests;

    @Inject
    public ScaffolderResource(@PluginTelemetry TelemetryService telemetry) {
        requests = PluginRequests.counter(telemetry);
    }

    @GET
    @Path("/templates")
    public List<String> templates() {
        requests.add(1);
        return templates.names();
    }

    /** Starts a task; every query parameter besides template and user is a task parameter (such as verbose=true). */
    @POST
    @Path("/tasks")
    public Response run(@QueryParam("template") String template, @QueryParam("user") @DefaultValue("guest") String user,
            @Context UriInfo uri) throws IOException {
        requests.add(1);
        Template chosen = templates.named(String.valueOf(template)).orElse(null);
        if (chosen == null) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("error", "No template '" + template + "'", "templates", templates.names())).build();
        }
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        Task task = runner.start(chosen, user, parameters);
        return Response.status(Response.Status.CREATED).entity(task.view()).build();
    }

    @GET
    @Path("/tasks/{id}")
    public Map<String, Object> task(@PathParam("id") String id) {
        requests.add(1);
        return find(id).view();
    }

    /** Cancels a task and answers with it once it has ended (a step stops within moments), or as it is after 10 s. */
    @POST
    @Path("/tasks/{id}/cancel")
    public Map<String, Object> cancel(@PathParam("id") String id) throws InterruptedException {
        requests.add(1);
        Task task = find(id);
        task.cancel();
        task.awaitEnd(10_000);
        return task.view();
    }

    private Task find(String id) {
        return runner.task(id).orElseThrow(() -> new NotFoundException("No task " + id));
    }
}
