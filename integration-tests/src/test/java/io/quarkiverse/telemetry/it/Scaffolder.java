package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

import io.quarkiverse.telemetry.internal.testsupport.Eventually;
import io.restassured.specification.RequestSpecification;

/** Drives the demo's scaffolder over HTTP, as a user would. */
final class Scaffolder {

    private Scaffolder() {
    }

    /** Runs a template for a user, with task parameters as name, value pairs, and waits for the task's end. */
    static Map<String, Object> run(String template, String user, String... parameters) {
        return awaitEnd(start(template, user, parameters));
    }

    /** Starts a template for a user; returns the task id. */
    static String start(String template, String user, String... parameters) {
        RequestSpecification request = given().queryParam("template", template).queryParam("user", user);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.post("/scaffolder/tasks").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> task(String id) {
        return given().get("/scaffolder/tasks/" + id).then().statusCode(200).extract().as(Map.class);
    }

    /** Cancels a task; returns the answer, the task as it ended. */
    static Map<String, Object> cancel(String id) {
        return given().post("/scaffolder/tasks/" + id + "/cancel").then().statusCode(200).extract().as(Map.class);
    }

    static Map<String, Object> awaitEnd(String id) {
        Eventually.await(Duration.ofSeconds(20), () -> !"processing".equals(task(id).get("status")), "task " + id);
        return task(id);
    }
}
