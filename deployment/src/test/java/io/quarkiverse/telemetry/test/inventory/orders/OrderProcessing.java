package io.quarkiverse.telemetry.test.inventory.orders;

import static io.opentelemetry.api.common.AttributeKey.stringKey;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkiverse.telemetry.BoundLongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.SpanOptions;
import io.quarkiverse.telemetry.TelemetryService;

/**
 * A plugin's instruments created and recorded in each way the inventory reads: inline, through a private helper with a
 * constant name, through another class's helper, through the meter's builder, bound in a lambda, observed by a
 * callback; with buckets from advice (twelve of them: an array in the bytecode), from the unit and from OpenTelemetry;
 * with spans; and what the code computes at run time: one name, one span name, one unit, one attribute set given by
 * the caller.
 */
@ApplicationScoped
public class OrderProcessing {

    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    static final List<Double> LATENCY = List.of(0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.512,
            1.024, 2.048);

    private final TelemetryService telemetry;
    private final Map<String, BoundLongCounter> placed;
    private final DoubleHistogram latency;
    private final DoubleHistogram waiting;
    private final DoubleHistogram size;
    private final LongCounter requests;
    private final LongCounter received;
    private final LongCounter shipped;
    private volatile long open;

    @Inject
    OrderProcessing(@PluginTelemetry TelemetryService telemetry,
            @ConfigProperty(name = "orders.shipped.unit", defaultValue = "{order}") String shippedUnit) {
        this.telemetry = telemetry;
        shipped = telemetry.createCounter("orders.shipped", MetricOptions.builder().unit(shippedUnit).build());
        LongCounter placedCounter = telemetry.createCounter("orders.placed",
                MetricOptions.builder().description("Orders placed").unit("{order}").build());
        placed = byResult(result -> telemetry.bind(placedCounter, result), List.of("ok", "rejected"));
        latency = histogram("orders.latency", "Time to place an order", LATENCY);
        waiting = telemetry.createHistogram("orders.wait", MetricOptions.builder().unit("s").build());
        size = telemetry.createHistogram("orders.size");
        requests = OrderMetrics.requests(telemetry);
        received = telemetry.getMeter().counterBuilder("orders.received").setUnit("By")
                .setDescription("Bytes received").build();
        telemetry.createObservableGauge("orders.open", MetricOptions.builder().unit("{order}").build(),
                measurement -> measurement.record(open, Attributes.of(stringKey("region"), "eu")));
    }

    private static <H> Map<String, H> byResult(Function<Attributes, H> bind, List<String> results) {
        return results.stream().collect(Collectors.toMap(result -> result,
                result -> bind.apply(Attributes.of(RESULT, result))));
    }

    private DoubleHistogram histogram(String name, String description, List<Double> buckets) {
        return telemetry.createHistogram(name, MetricOptions.builder().description(description).unit("s")
                .explicitBucketBoundaries(buckets).build());
    }

    public void place(String result, double seconds, String tier) {
        open++;
        placed.get(result).add(1);
        latency.record(seconds, Attributes.builder().put(RESULT, result).put("tier", tier).build());
        waiting.record(seconds);
        size.record(3, byTier(tier));
        requests.add(1);
        received.add(100);
        shipped.add(1);
        telemetry.createCounter("orders.by." + result).add(1);
    }

    /** Ships an order in a span of kind producer; a span whose name the code computes. */
    public void ship(String carrier) {
        telemetry.startActiveSpan("orders.ship", SpanOptions.builder().kind(SpanKind.PRODUCER).build(),
                span -> {
                    shipped.add(1, Attributes.builder().put("carrier", carrier).put("parcels", 2L).build());
                    return null;
                });
        telemetry.startActiveSpan("orders.ship." + carrier, span -> null);
    }

    public void sized(double items, Attributes attributes) {
        size.record(items, attributes);
    }

    private static Attributes byTier(String tier) {
        return Attributes.of(stringKey("tier"), tier);
    }
}
