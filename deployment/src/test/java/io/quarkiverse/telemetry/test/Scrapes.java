package io.quarkiverse.telemetry.test;

import static io.restassured.RestAssured.given;

/** Reads {@code /q/metrics} the way Prometheus does. */
public final class Scrapes {

    /** The Prometheus text format that promtool and Prometheus 2 read. */
    public static final String TEXT_004 = "text/plain; version=0.0.4; charset=utf-8";

    private Scrapes() {
    }

    public static String scrape() {
        return given().accept(TEXT_004).get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
