package io.quarkiverse.telemetry.it.catalog;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Registers the locations entities come from, such as a repository's catalog-info.yaml. */
@Path("/catalog/locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationResource {

    /** A location to register. */
    public record Location(String target) {
    }

    @Inject
    CatalogStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> register(Location location) throws SQLException {
        return Map.of("target", location.target(), "result",
                store.registerLocation(location.target()) ? "registered" : "already registered");
    }

    @GET
    public List<String> list() {
        return store.locations();
    }
}
