package io.quarkiverse.telemetry.benchmarks.startup;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The first request the start-up benchmark waits for. */
@Path("/ping")
public class PingResource {

    @GET
    public String ping() {
        return "pong";
    }
}
