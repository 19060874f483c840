package io.quarkiverse.telemetry.runtime.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The longest attribute value a metric series or span keeps ({@code telemetry.attribute-value-length-limit}). A longer
 * value is cut and ends with {@code ~} and the first 128 bits of the whole value's SHA-256 digest, in base64url (22
 * characters), so that two long values that differ only past the cut stay two series: two series of one name and
 * labels would make Prometheus keep one and drop the other. {@code String.hashCode()}, used before, let crafted or
 * unlucky values collide (tails {@code Aa} and {@code BB}); 128 bits of SHA-256 have no practical collision.
 */
public final class AttributeValueLimit {

    /** No limit. */
    public static final AttributeValueLimit NONE = new AttributeValueLimit(Integer.MAX_VALUE);

    /** The shortest limit: room for some of the value besides the digest. */
    public static final int MIN = 32;

    private static final int DIGEST_BYTES = 16;
    private static final int DIGEST_LENGTH = 1 + 22; // '~' and 128 bits in base64url without padding
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final int limit;

    private AttributeValueLimit(int limit) {
        this.limit = limit;
    }

    /** A limit of the given number of characters (at least {@value #MIN}; {@code TelemetrySettings} checks it). */
    public static AttributeValueLimit of(int length) {
        return new AttributeValueLimit(length);
    }

    /** The limit in characters. */
    public int length() {
        return limit;
    }

    /** Whether the value is longer than the limit. */
    public boolean exceededBy(String value) {
        return value.length() > limit;
    }

    /** The value, cut to the limit when longer. */
    public String cut(String value) {
        if (value.length() <= limit) {
            return value;
        }
        int keep = limit - DIGEST_LENGTH;
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character
        }
        return value.substring(0, keep) + '~' + digest(value);
    }

    private static String digest(String value) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return BASE64URL.encodeToString(Arrays.copyOf(sha256, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
