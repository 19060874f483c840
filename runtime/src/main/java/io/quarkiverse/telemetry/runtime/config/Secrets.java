package io.quarkiverse.telemetry.runtime.config;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The configured values that must never be shown, such as exporters' header values (credentials), and the one way to
 * take them out of a text before it is logged: a message of a library that fails may quote what it was given.
 */
public final class Secrets {

    /** No secret. */
    public static final Secrets NONE = new Secrets(Stream.empty());

    /** What stands for a secret in a text. */
    public static final String MASK = "***";

    /** A shorter last word of a value is no credential alone, and masking it would mask ordinary words. */
    private static final int MIN_CREDENTIAL_LENGTH = 6;

    private final List<String> values;

    Secrets(Stream<String> values) {
        // Also the credential of "<scheme> <credential>" alone, as a message may quote it without the scheme; longest
        // first, so that a secret containing another is masked whole.
        this.values = values.filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
                .flatMap(value -> Stream.concat(Stream.of(value), credentialOf(value))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static Stream<String> credentialOf(String value) {
        String credential = value.substring(value.lastIndexOf(' ') + 1);
        return credential.length() >= MIN_CREDENTIAL_LENGTH ? Stream.of(credential) : Stream.empty();
    }

    /** Whether there is no secret to hide. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text with every secret replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : values) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }
}
