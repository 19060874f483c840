package io.quarkiverse.telemetry.runtime.config;

/**
 * The longest attribute value a metric series or span keeps ({@code telemetry.attribute-value-length-limit}). A longer
 * value is cut and ends with {@code ~} and eight hex digits of the whole value's hash, so that two long values that
 * differ only past the cut stay two series (two series of one name and labels would make Prometheus reject the scrape).
 */
public final class AttributeValueLimit {

    /** No limit. */
    public static final AttributeValueLimit NONE = new AttributeValueLimit(Integer.MAX_VALUE);

    /** The shortest limit: room for some of the value besides the hash. */
    public static final int MIN = 16;

    private static final int HASH_LENGTH = 9; // '~' and eight hex digits

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
        int keep = limit - HASH_LENGTH;
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character
        }
        return value.substring(0, keep) + '~' + String.format("%08x", value.hashCode());
    }
}
