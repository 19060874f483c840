package io.quarkiverse.telemetry.it.catalog;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A database query whose result is reused for a while: a gauge that counts rows runs its query at most once per
 * time-to-live however many scrapers collect at once. Callers arriving while the query runs wait for its result
 * (single flight) instead of running it again.
 */
final class CachedQuery<T> {

    private final Supplier<T> query;
    private final long ttlNanos;
    private T result;
    private long fetchedAt;
    private long runs;
    private boolean frozen;
    private boolean stale;

    CachedQuery(Supplier<T> query, Duration ttl) {
        this.query = query;
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached result, or a fresh one when it is older than the time-to-live. */
    synchronized T get() {
        long now = System.nanoTime();
        if (!frozen && (result == null || stale || now - fetchedAt >= ttlNanos)) {
            result = query.get();
            fetchedAt = now;
            stale = false;
            runs++;
        }
        return result;
    }

    /** How many times the query ran. */
    synchronized long runs() {
        return runs;
    }

    /** From now on {@link #get()} returns the last result (or {@code null}) without running the query. */
    synchronized void freeze() {
        frozen = true;
    }

    /** Makes the next {@link #get()} run the query. */
    synchronized void expire() {
        stale = true;
    }
}
