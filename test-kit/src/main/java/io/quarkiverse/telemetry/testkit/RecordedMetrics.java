package io.quarkiverse.telemetry.testkit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.RootTelemetryService;

/**
 * What the plugins recorded, read straight from the SDK, without a scrape: counter increases, histogram counts and
 * sums, gauge values, each since the last {@link #reset()}, which runs before every {@code @QuarkusTest} method.
 *
 * <pre>
 * &#64;Inject
 * RecordedMetrics metrics;
 *
 * &#64;Test
 * void refreshCountsTheEntity() {
 *     given().post("/catalog/entities/refresh").then().statusCode(200);
 *     assertEquals(1, metrics.increase("catalog", "catalog.entities.refreshed", Attributes.of(KIND, "Component")));
 * }
 * </pre>
 *
 * Attributes select the series whose attributes include all of them ({@code Attributes.empty()} selects all series of
 * the instrument) and their values are added up. The instrument is found under the plugin's meter name
 * ({@link io.quarkiverse.telemetry.TelemetryService#meterName()}: {@code backstage-plugin-<id>}, or the configured
 * {@code telemetry.plugins."<id>".meter.name}).
 */
@Singleton
public class RecordedMetrics implements MetricReader {

    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final RootTelemetryService root;
    /** The values at the last reset, by scope, instrument and attributes. */
    private Map<SeriesKey, double[]> baseline = Map.of();

    /** One series of one instrument. */
    private record SeriesKey(String scope, String instrument, Attributes attributes) {
    }

    RecordedMetrics(RootTelemetryService root) {
        this.root = root;
    }

    /** Forgets what was recorded so far: every reading starts from zero again. */
    public synchronized void reset() {
        Map<SeriesKey, double[]> values = new HashMap<>();
        for (MetricData metric : reader.collectAllMetrics()) {
            for (PointData point : metric.getData().getPoints()) {
                values.put(new SeriesKey(metric.getInstrumentationScopeInfo().getName(), metric.getName(),
                        point.getAttributes()), valuesOf(point));
            }
        }
        baseline = values;
    }

    /**
     * How much a counter or up-down counter of the plugin changed since the reset, over the series with the attributes.
     *
     * @throws AssertionError if the plugin has no such instrument, or it is not a counter
     */
    public synchronized double increase(String pluginId, String instrument, Attributes attributes) {
        return sum(pluginId, instrument, attributes, InstrumentKind.COUNTER, 0);
    }

    /** How many values a histogram of the plugin recorded since the reset, over the series with the attributes. */
    public synchronized long histogramCount(String pluginId, String instrument, Attributes attributes) {
        return (long) sum(pluginId, instrument, attributes, InstrumentKind.HISTOGRAM, 0);
    }

    /** The sum of the values a histogram of the plugin recorded since the reset, over the series with the attributes. */
    public synchronized double histogramSum(String pluginId, String instrument, Attributes attributes) {
        return sum(pluginId, instrument, attributes, InstrumentKind.HISTOGRAM, 1);
    }

    /**
     * The last value of a gauge of the plugin in the one series with the attributes.
     *
     * @throws AssertionError if there is no such series, or more than one
     */
    public synchronized double gauge(String pluginId, String instrument, Attributes attributes) {
        MetricData metric = find(pluginId, instrument);
        List<? extends PointData> points = matching(metric, attributes);
        if (points.size() != 1 || !(points.get(0) instanceof LongPointData || points.get(0) instanceof DoublePointData)) {
            throw new AssertionError("Expected one gauge series of " + describe(pluginId, instrument) + " with "
                    + attributes + ", found " + points);
        }
        return valuesOf(points.get(0))[0];
    }

    /** @param expected a counter (any sum) or a histogram */
    private double sum(String pluginId, String instrument, Attributes attributes, InstrumentKind expected,
            int valueIndex) {
        MetricData metric = find(pluginId, instrument);
        if ((expected == InstrumentKind.HISTOGRAM) != (metric.getType() == MetricDataType.HISTOGRAM)) {
            throw new AssertionError(describe(pluginId, instrument) + " is not " + expected + " but " + metric.getType());
        }
        double total = 0;
        for (PointData point : matching(metric, attributes)) {
            double[] before = baseline.get(new SeriesKey(metric.getInstrumentationScopeInfo().getName(),
                    metric.getName(), point.getAttributes()));
            total += valuesOf(point)[valueIndex] - (before == null ? 0 : before[valueIndex]);
        }
        return total;
    }

    private MetricData find(String pluginId, String instrument) {
        String scope = scopeOf(pluginId);
        Collection<MetricData> metrics = reader.collectAllMetrics();
        return metrics.stream()
                .filter(metric -> metric.getInstrumentationScopeInfo().getName().equals(scope)
                        && metric.getName().equals(instrument))
                .findFirst()
                .orElseThrow(() -> new AssertionError(describe(pluginId, instrument) + " recorded nothing; instruments"
                        + " of the plugin that did: " + metrics.stream()
                                .filter(metric -> metric.getInstrumentationScopeInfo().getName().equals(scope))
                                .map(MetricData::getName).sorted().toList()));
    }

    private String scopeOf(String pluginId) {
        return root.forPlugin(pluginId).meterName();
    }

    private static List<? extends PointData> matching(MetricData metric, Attributes attributes) {
        return metric.getData().getPoints().stream()
                .filter(point -> point.getAttributes().asMap().entrySet().containsAll(attributes.asMap().entrySet()))
                .toList();
    }

    /** Counters and gauges: the value; histograms: the count and the sum. */
    private static double[] valuesOf(PointData point) {
        if (point instanceof LongPointData value) {
            return new double[] { value.getValue() };
        }
        if (point instanceof DoublePointData value) {
            return new double[] { value.getValue() };
        }
        if (point instanceof HistogramPointData histogram) {
            return new double[] { histogram.getCount(), histogram.getSum() };
        }
        throw new AssertionError("Unsupported point " + point);
    }

    private static String describe(String pluginId, String instrument) {
        return "Instrument '" + instrument + "' of plugin '" + pluginId + "'";
    }

    // The SDK reads through this bean: quarkus-telemetry registers every MetricReader bean.

    @Override
    public void register(CollectionRegistration registration) {
        reader.register(registration);
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return reader.getAggregationTemporality(instrumentType);
    }

    @Override
    public CompletableResultCode forceFlush() {
        return reader.forceFlush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return reader.shutdown();
    }
}
