package io.quarkiverse.telemetry.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the demo's {@code /q/metrics} as Prometheus does, and its series. */
public final class Scrapes {

    /** The Prometheus text format that promtool and Prometheus 2 read. */
    public static final String TEXT_004 = "text/plain; version=0.0.4; charset=utf-8";

    private Scrapes() {
    }

    public static String scrape() {
        return given().accept(TEXT_004).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of a series in a scrape; 0 when the series is not there (yet). */
    public static double value(String scrape, String series) {
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    /** Other tests share the application: a series is judged by how much it rose between two scrapes. */
    public static void assertIncrease(String before, String after, String series, double increase) {
        assertEquals(increase, value(after, series) - value(before, series), () -> series + " in\n" + after);
    }
}
