package io.quarkiverse.telemetry.runtime.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks configured HTTP headers against RFC 9110's field syntax at start-up, so that a header the HTTP client would
 * refuse cannot fail every export later, with its value (often a credential) in the client's error message. Problems
 * name the key, never the value.
 */
final class HttpHeaders {

    /** RFC 9110 §5.1: a field name is a token. */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    /**
     * RFC 9110 §5.5: visible characters (and obs-text), with spaces and tabs only between them; no control character,
     * so no line break.
     */
    private static final Pattern VALUE = Pattern.compile("([\\x21-\\x7E\\x80-\\xFF]([\\x20\\x09]*[\\x21-\\x7E\\x80-\\xFF])*)?");

    private HttpHeaders() {
    }

    static void check(String key, Map<String, String> headers, List<String> problems) {
        new TreeMap<>(headers).forEach((name, value) -> {
            String headerKey = key + "." + TelemetrySettings.mapKey(name);
            if (!NAME.matcher(name).matches()) {
                problems.add(headerKey + ": '" + name + "' is not an HTTP header name; a name is letters, digits and"
                        + " !#$%&'*+-.^_`|~ only (RFC 9110), so no space");
            }
            if (!VALUE.matcher(value).matches()) {
                problems.add(headerKey + ": the value is not an HTTP header value: it holds a line break or another"
                        + " control character, or starts or ends with white space (a token read from a file often"
                        + " ends with a line break); the value is not shown");
            }
        });
    }
}
