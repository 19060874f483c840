package io.quarkiverse.telemetry.it.catalog;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/catalog/entities")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CatalogStore store;

    @Inject
    CatalogProcessing processing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> add(Entity entity) throws SQLException {
        return Map.of("result", store.add(entity));
    }

    /** Processes and stitches now instead of at the next scheduled run; returns how many ended each way. */
    @POST
    @Path("/refresh")
    public Map<String, Integer> refresh() throws SQLException {
        return processing.refresh();
    }

    @GET
    public List<Entity> list() {
        return store.list();
    }

    @DELETE
    @Path("/{kind}/{name}")
    public Response delete(@PathParam("kind") String kind, @PathParam("name") String name) throws SQLException {
        return store.delete(kind, name) ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }
}
