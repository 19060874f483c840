package io.quarkiverse.telemetry.it;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The demo's catalog, called over HTTP by a REST client. */
@RegisterRestClient(configKey = "catalog")
@Path("/catalog/entities")
public interface CatalogClient {

    @GET
    List<Map<String, Object>> list();
}
