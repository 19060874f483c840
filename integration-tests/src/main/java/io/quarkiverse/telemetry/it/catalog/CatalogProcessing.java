package io.quarkiverse.telemetry.it.catalog;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.BoundDoubleHistogram;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.OneOffMetrics;
import io.quarkiverse.telemetry.it.catalog.CatalogStore.Queued;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The catalog's processing loop, measured with Backstage's catalog metrics: each queued entity runs through the
 * processors (unchanged, changed, errors or failed), then changed entities are stitched into their final form. It
 * runs on a schedule ({@code catalog.processing.interval}), at start-up and on request.
 */
@Startup
@ApplicationScoped
public class CatalogProcessing {

    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    /** How processing an entity ends; a failed one has no duration. */
    static final List<String> PROCESSED_RESULTS = List.of("unchanged", "changed", "errors", "failed");
    /** How stitching an entity ends. */
    static final List<String> STITCHED_RESULTS = List.of("unchanged", "changed");
    /** Seconds, from a millisecond to a minute: processing is quick; OpenTelemetry's default buckets assume ms. */
    static final List<Double> DURATION_SECONDS = List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 60.0);
    /** Seconds an entity waits in a queue, up to a few refresh intervals. */
    static final List<Double> DELAY_SECONDS = List.of(0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 600.0);

    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern ENTITY_REF = Pattern.compile("[A-Za-z]+:[A-Za-z0-9._-]+");

    /** A processor found the entity unusable: processing failed. */
    static final class ProcessingFailed extends Exception {
        ProcessingFailed(String message) {
            super(message);
        }
    }

    /** One step of processing: fails the entity, or adds errors to it. */
    private interface Processor {
        void process(Queued entity, List<String> errors) throws ProcessingFailed;
    }

    private final CatalogStore store;
    private final TelemetryService telemetry;
    private final OneOffMetrics oneOff;
    private final List<Processor> processors = List.of(CatalogProcessing::validateName,
            CatalogProcessing::validateRelations);
    // Each result is one of a few known values: every series is bound once, and each entity costs a bound add.
    private final Map<String, BoundLongCounter> processedCount;
    private final Map<String, BoundDoubleHistogram> processingDuration;
    private final Map<String, BoundDoubleHistogram> processorsDuration;
    private final DoubleHistogram processingQueueDelay;
    private final Map<String, BoundLongCounter> stitchedCount;
    private final Map<String, BoundDoubleHistogram> stitchingDuration;
    private final DoubleHistogram stitchingQueueDelay;
    private volatile boolean stopping;

    @Inject
    public CatalogProcessing(CatalogStore store, @PluginTelemetry TelemetryService telemetry, OneOffMetrics oneOff)
            throws SQLException {
        this.store = store;
        this.telemetry = telemetry;
        this.oneOff = oneOff;
        LongCounter processed = telemetry.createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Amount of entities processed").build());
        processedCount = byResult(result -> telemetry.bind(processed, result), PROCESSED_RESULTS);
        DoubleHistogram processing = histogram("catalog.processing.duration",
                "Time spent executing the full processing flow", DURATION_SECONDS);
        processingDuration = byResult(result -> telemetry.bind(processing, result), PROCESSED_RESULTS);
        DoubleHistogram processors = histogram("catalog.processors.duration", "Time spent executing catalog processors",
                DURATION_SECONDS);
        processorsDuration = byResult(result -> telemetry.bind(processors, result), List.of("ok", "failed"));
        processingQueueDelay = histogram("catalog.processing.queue.delay",
                "The amount of delay between being scheduled for processing, and the start of actually being processed",
                DELAY_SECONDS);
        LongCounter stitched = telemetry.createCounter("catalog.stitched.entities.count",
                MetricOptions.builder().description("Amount of entities stitched").build());
        stitchedCount = byResult(result -> telemetry.bind(stitched, result), STITCHED_RESULTS);
        DoubleHistogram stitching = histogram("catalog.stitching.duration", "Time spent executing the full stitching flow",
                DURATION_SECONDS);
        stitchingDuration = byResult(result -> telemetry.bind(stitching, result), STITCHED_RESULTS);
        stitchingQueueDelay = histogram("catalog.stitching.queue.delay",
                "The amount of delay between being scheduled for stitching, and the start of actually being stitched",
                DELAY_SECONDS);
        // seeded while the application starts: these values are in the very first scrape
        store.add(new Entity("Location", "bootstrap"));
        refresh();
    }

    /** One bound handle per result, each bound to {@code result=<result>}. */
    private static <H> Map<String, H> byResult(Function<Attributes, H> bind, List<String> results) {
        return results.stream().collect(Collectors.toUnmodifiableMap(result -> result,
                result -> bind.apply(Attributes.of(RESULT, result))));
    }

    /** A histogram in {@code seconds}, the unit Backstage's catalog gives its histograms (its scaffolder's: {@code s}). */
    private DoubleHistogram histogram(String name, String description, List<Double> buckets) {
        return telemetry.createHistogram(name, MetricOptions.builder().description(description).unit("seconds")
                .explicitBucketBoundaries(buckets).build());
    }

    @Scheduled(every = "${catalog.processing.interval:10s}", delayed = "${catalog.processing.interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() throws SQLException {
        try {
            refresh();
        } catch (SQLException e) {
            if (!stopping) {
                throw e;
            }
            // the datasource closes while a refresh still runs at shutdown: the next start refreshes again
        }
    }

    /** Refreshes stop between entities once the application stops, before the datasource goes. */
    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    /** Queues every entity, processes the queue, then stitches what changed; returns how many ended each way. */
    public synchronized Map<String, Integer> refresh() throws SQLException {
        if (stopping) {
            return Map.of();
        }
        store.queueAllForProcessing();
        Map<String, Integer> results = new TreeMap<>();
        for (Queued entity : store.queuedForProcessing()) {
            if (stopping) {
                return results;
            }
            results.merge("processed " + process(entity), 1, Integer::sum);
        }
        for (Queued entity : store.queuedForStitching()) {
            if (stopping) {
                return results;
            }
            results.merge("stitched " + stitch(entity), 1, Integer::sum);
        }
        return results;
    }

    private String process(Queued entity) throws SQLException {
        double delay = secondsSince(entity.due());
        processingQueueDelay.record(delay);
        oneOff.record("catalog_processing_queue_delay_seconds", delay);
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        String result = telemetry.startActiveSpan("catalog.process", span -> {
            span.setAttribute("entity.ref", entity.ref());
            long processorsStart = System.nanoTime();
            for (Processor processor : processors) {
                try {
                    processor.process(entity, errors);
                } catch (ProcessingFailed failure) {
                    // as in Backstage, a processing run that throws records no processors' duration
                    span.setAttribute("catalog.failure", failure.getMessage());
                    return "failed";
                }
            }
            processorsRan(processorsStart, errors.isEmpty() ? "ok" : "failed");
            String hash = hash(entity);
            String outcome = !errors.isEmpty() ? "errors" : hash.equals(entity.processedHash()) ? "unchanged" : "changed";
            store.processed(entity, hash, !outcome.equals("unchanged"));
            return outcome;
        });
        if (result.equals("failed")) {
            store.failed(entity);
        } else {
            double seconds = secondsSince(start);
            processingDuration.get(result).record(seconds);
            oneOff.record("catalog_processing_duration_seconds", seconds, result);
        }
        processedCount.get(result).add(1);
        oneOff.count("catalog_processed_entities_count", result);
        return result;
    }

    /** All processors ran: ok, or failed when they reported errors (Backstage's {@code result.ok}). */
    private void processorsRan(long start, String result) {
        double seconds = secondsSince(start);
        processorsDuration.get(result).record(seconds);
        oneOff.record("catalog_processors_duration_seconds", seconds, result);
    }

    private String stitch(Queued entity) throws SQLException {
        stitchingQueueDelay.record(secondsSince(entity.due()));
        long start = System.nanoTime();
        String result = telemetry.startActiveSpan("catalog.stitch", span -> {
            span.setAttribute("entity.ref", entity.ref());
            String hash = entity.processedHash();
            store.stitched(entity, hash);
            return Objects.equals(hash, entity.stitchedHash()) ? "unchanged" : "changed";
        });
        stitchingDuration.get(result).record(secondsSince(start));
        stitchedCount.get(result).add(1);
        oneOff.count("catalog_stitched_entities_count");
        return result;
    }

    private static void validateName(Queued entity, List<String> errors) throws ProcessingFailed {
        if (!ENTITY_NAME.matcher(entity.name()).matches()) {
            throw new ProcessingFailed("invalid entity name '" + entity.name() + "'");
        }
    }

    private static void validateRelations(Queued entity, List<String> errors) {
        entity.relations().stream().filter(target -> !ENTITY_REF.matcher(target).matches())
                .forEach(target -> errors.add("relation target '" + target + "' is not kind:name"));
    }

    private static String hash(Queued entity) {
        return Integer.toHexString(Objects.hash(entity.kind(), entity.name(), entity.relations()));
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static double secondsSince(Instant instant) {
        return Math.max(0, Duration.between(instant, Instant.now()).toNanos() / 1e9);
    }
}
