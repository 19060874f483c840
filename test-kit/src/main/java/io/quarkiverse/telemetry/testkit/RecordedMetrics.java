package io.quarkiverse.telemetry.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.InstrumentKind;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.runtime.service.ScopedTelemetryService;

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
 * <p>
 * No reading can pass by accident: an unknown plugin, an instrument that recorded nothing, or attributes that select no
 * series fail with an {@link AssertionError} naming what exists (the plugins, the instrument's series), so a typo never
 * reads as {@code 0}. To check that nothing was recorded, use {@link #assertNothingRecorded}.
 */
@Singleton
public class RecordedMetrics implements MetricReader {

    private static final String PLUGIN_SCOPE_PREFIX = BackstageNaming.pluginScope("");

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
     * @throws AssertionError if the plugin is unknown, the instrument recorded nothing or is not a counter, or no series
     *         has the attributes
     */
    public synchronized double increase(String pluginId, String instrument, Attributes attributes) {
        return sum(pluginId, instrument, attributes, InstrumentKind.COUNTER, 0);
    }

    /**
     * How many values a histogram of the plugin recorded since the reset, over the series with the attributes.
     *
     * @throws AssertionError as {@link #increase}
     */
    public synchronized long histogramCount(String pluginId, String instrument, Attributes attributes) {
        return (long) sum(pluginId, instrument, attributes, InstrumentKind.HISTOGRAM, 0);
    }

    /**
     * The sum of the values a histogram of the plugin recorded since the reset, over the series with the attributes.
     *
     * @throws AssertionError as {@link #increase}
     */
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

    /**
     * Asserts that the plugin's instrument recorded nothing since the reset in the series with the attributes: no such
     * series, or a counter that did not change, a histogram that counted no value. The instrument must exist: one that
     * the plugin never created (a typo) fails.
     *
     * @throws AssertionError naming what was recorded, or the instruments the plugin has
     */
    public synchronized void assertNothingRecorded(String pluginId, String instrument, Attributes attributes) {
        MetricData metric = collected(collectFor(pluginId), pluginId, instrument).orElse(null);
        if (metric == null) {
            if (root.forPlugin(pluginId) instanceof ScopedTelemetryService service
                    && !service.createdInstruments().contains(instrument)) {
                throw new AssertionError(describe(pluginId, instrument) + " does not exist; the plugin's instruments: "
                        + service.createdInstruments());
            }
            return;
        }
        List<String> recorded = new ArrayList<>();
        for (PointData point : matching(metric, attributes)) {
            double change = valuesOf(point)[0] - baselineOf(metric, point)[0];
            if (change != 0) {
                recorded.add(point.getAttributes() + ": " + change);
            }
        }
        if (!recorded.isEmpty()) {
            throw new AssertionError(describe(pluginId, instrument) + " recorded since the reset, with " + attributes
                    + ": " + recorded);
        }
    }

    /**
     * What each plugin recorded since the reset, for the live check: by plugin id, each instrument with the attribute
     * keys of its series that changed (a gauge's series: each one reported).
     */
    synchronized Map<String, Map<String, Set<String>>> recordedKeys() {
        Map<String, String> plugins = new HashMap<>();
        Collection<MetricData> metrics = reader.collectAllMetrics();
        ApplicationPlugins.injected().forEach(id -> plugins.put(scopeOf(id), id));
        Map<String, Map<String, Set<String>>> recorded = new TreeMap<>();
        for (MetricData metric : metrics) {
            String scope = metric.getInstrumentationScopeInfo().getName();
            String pluginId = plugins.getOrDefault(scope, scope.startsWith(PLUGIN_SCOPE_PREFIX)
                    ? scope.substring(PLUGIN_SCOPE_PREFIX.length())
                    : null);
            if (pluginId == null) {
                continue;
            }
            for (PointData point : metric.getData().getPoints()) {
                boolean gauge = metric.getType() == MetricDataType.LONG_GAUGE
                        || metric.getType() == MetricDataType.DOUBLE_GAUGE;
                if (gauge || valuesOf(point)[0] != baselineOf(metric, point)[0]) {
                    Set<String> keys = recorded.computeIfAbsent(pluginId, id -> new TreeMap<>())
                            .computeIfAbsent(metric.getName(), name -> new TreeSet<>());
                    point.getAttributes().forEach((key, value) -> keys.add(key.getKey()));
                }
            }
        }
        return recorded;
    }

    /** @param expected a counter (any sum) or a histogram */
    private double sum(String pluginId, String instrument, Attributes attributes, InstrumentKind expected,
            int valueIndex) {
        MetricData metric = find(pluginId, instrument);
        if ((expected == InstrumentKind.HISTOGRAM) != (metric.getType() == MetricDataType.HISTOGRAM)) {
            throw new AssertionError(describe(pluginId, instrument) + " is not " + expected + " but " + metric.getType());
        }
        List<? extends PointData> points = matching(metric, attributes);
        if (points.isEmpty()) {
            throw new AssertionError("No series of instrument '" + instrument + "' of plugin '" + pluginId
                    + "' has the attributes " + attributes + "; its series: " + seriesOf(metric)
                    + " (to check that nothing was recorded, use assertNothingRecorded)");
        }
        double total = 0;
        for (PointData point : points) {
            total += valuesOf(point)[valueIndex] - baselineOf(metric, point)[valueIndex];
        }
        return total;
    }

    private double[] baselineOf(MetricData metric, PointData point) {
        double[] before = baseline.get(new SeriesKey(metric.getInstrumentationScopeInfo().getName(), metric.getName(),
                point.getAttributes()));
        return before == null ? new double[] { 0, 0 } : before;
    }

    private static List<String> seriesOf(MetricData metric) {
        return metric.getData().getPoints().stream().map(point -> point.getAttributes().toString()).sorted().toList();
    }

    /**
     * One collection, the plugin checked against it: the plugins of this application are those with an injected
     * service, and those whose scope recorded something.
     */
    private Collection<MetricData> collectFor(String pluginId) {
        Collection<MetricData> metrics = reader.collectAllMetrics();
        Set<String> plugins = ApplicationPlugins.injected();
        for (MetricData metric : metrics) {
            String scope = metric.getInstrumentationScopeInfo().getName();
            if (scope.startsWith(PLUGIN_SCOPE_PREFIX)) {
                plugins.add(scope.substring(PLUGIN_SCOPE_PREFIX.length()));
            }
        }
        ApplicationPlugins.require(pluginId, plugins);
        return metrics;
    }

    private Optional<MetricData> collected(Collection<MetricData> metrics, String pluginId, String instrument) {
        String scope = scopeOf(pluginId);
        return metrics.stream().filter(metric -> metric.getInstrumentationScopeInfo().getName().equals(scope)
                && metric.getName().equals(instrument)).findFirst();
    }

    private MetricData find(String pluginId, String instrument) {
        Collection<MetricData> metrics = collectFor(pluginId);
        String scope = scopeOf(pluginId);
        return collected(metrics, pluginId, instrument)
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
