package io.quarkiverse.telemetry.test.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;

/** An HTTP endpoint on Quarkus' Vert.x router (no REST layer) that runs plugin code. */
@ApplicationScoped
public class RefreshRoute {

    @Inject
    CatalogRefresh refresh;

    void route(@Observes Router router) {
        router.get("/refresh").handler(context -> context.response().end(refresh.refresh()));
    }
}
