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

@Path("/catalog/entities")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CatalogStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> add(Entity entity) throws SQLException {
        return Map.of("result", store.add(entity));
    }

    @GET
    public List<Entity> list() {
        return store.list();
    }
}
