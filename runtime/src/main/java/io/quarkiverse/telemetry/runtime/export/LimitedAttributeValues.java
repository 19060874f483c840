package io.quarkiverse.telemetry.runtime.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.data.SumData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableDoublePointData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableGaugeData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableHistogramData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableHistogramPointData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableLongPointData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableMetricData;
import io.opentelemetry.sdk.metrics.internal.data.ImmutableSumData;
import io.quarkiverse.telemetry.runtime.config.AttributeValueLimit;

/**
 * What a pushing exporter gets: the collected metrics with string attribute values cut to
 * {@code telemetry.attribute-value-length-limit}, as the scrape serves them. Metrics with no long value are passed on
 * as they are; the SDK has no such limit for metrics, and rebuilding at export time (every interval) keeps the
 * recording path untouched. Sums, gauges and explicit-bucket histograms are cut (what plugin instruments produce);
 * exponential histograms and summaries, which only views produce, pass unchanged.
 */
final class LimitedAttributeValues {

    private LimitedAttributeValues() {
    }

    static Collection<MetricData> of(Collection<MetricData> metrics, AttributeValueLimit limit) {
        if (metrics.stream().noneMatch(metric -> exceeds(metric, limit))) {
            return metrics;
        }
        List<MetricData> limited = new ArrayList<>(metrics.size());
        for (MetricData metric : metrics) {
            limited.add(exceeds(metric, limit) ? cut(metric, limit) : metric);
        }
        return limited;
    }

    private static boolean exceeds(MetricData metric, AttributeValueLimit limit) {
        for (PointData point : metric.getData().getPoints()) {
            if (exceeds(point.getAttributes(), limit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exceeds(Attributes attributes, AttributeValueLimit limit) {
        for (var entry : attributes.asMap().entrySet()) {
            if (entry.getKey().getType() == AttributeType.STRING && limit.exceededBy((String) entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Attributes cut(Attributes attributes, AttributeValueLimit limit) {
        AttributesBuilder cut = Attributes.builder();
        attributes.forEach((key, value) -> {
            if (key.getType() == AttributeType.STRING) {
                cut.put((AttributeKey<String>) key, limit.cut((String) value));
            } else {
                cut.put((AttributeKey<Object>) key, value);
            }
        });
        return cut.build();
    }

    private static MetricData cut(MetricData metric, AttributeValueLimit limit) {
        return switch (metric.getType()) {
            case LONG_SUM -> {
                SumData<LongPointData> sum = metric.getLongSumData();
                yield ImmutableMetricData.createLongSum(metric.getResource(), metric.getInstrumentationScopeInfo(),
                        metric.getName(), metric.getDescription(), metric.getUnit(),
                        ImmutableSumData.create(sum.isMonotonic(), sum.getAggregationTemporality(),
                                longPoints(sum.getPoints(), limit)));
            }
            case DOUBLE_SUM -> {
                SumData<DoublePointData> sum = metric.getDoubleSumData();
                yield ImmutableMetricData.createDoubleSum(metric.getResource(), metric.getInstrumentationScopeInfo(),
                        metric.getName(), metric.getDescription(), metric.getUnit(),
                        ImmutableSumData.create(sum.isMonotonic(), sum.getAggregationTemporality(),
                                doublePoints(sum.getPoints(), limit)));
            }
            case LONG_GAUGE -> ImmutableMetricData.createLongGauge(metric.getResource(),
                    metric.getInstrumentationScopeInfo(), metric.getName(), metric.getDescription(), metric.getUnit(),
                    ImmutableGaugeData.create(longPoints(metric.getLongGaugeData().getPoints(), limit)));
            case DOUBLE_GAUGE -> ImmutableMetricData.createDoubleGauge(metric.getResource(),
                    metric.getInstrumentationScopeInfo(), metric.getName(), metric.getDescription(), metric.getUnit(),
                    ImmutableGaugeData.create(doublePoints(metric.getDoubleGaugeData().getPoints(), limit)));
            case HISTOGRAM -> ImmutableMetricData.createDoubleHistogram(metric.getResource(),
                    metric.getInstrumentationScopeInfo(), metric.getName(), metric.getDescription(), metric.getUnit(),
                    ImmutableHistogramData.create(metric.getHistogramData().getAggregationTemporality(),
                            histogramPoints(metric.getHistogramData().getPoints(), limit)));
            default -> metric;
        };
    }

    private static List<LongPointData> longPoints(Collection<LongPointData> points, AttributeValueLimit limit) {
        return points.stream().map(point -> ImmutableLongPointData.create(point.getStartEpochNanos(),
                point.getEpochNanos(), cut(point.getAttributes(), limit), point.getValue(), point.getExemplars()))
                .toList();
    }

    private static List<DoublePointData> doublePoints(Collection<DoublePointData> points, AttributeValueLimit limit) {
        return points.stream().map(point -> ImmutableDoublePointData.create(point.getStartEpochNanos(),
                point.getEpochNanos(), cut(point.getAttributes(), limit), point.getValue(), point.getExemplars()))
                .toList();
    }

    private static List<HistogramPointData> histogramPoints(Collection<HistogramPointData> points,
            AttributeValueLimit limit) {
        return points.stream().<HistogramPointData> map(point -> ImmutableHistogramPointData.create(
                point.getStartEpochNanos(), point.getEpochNanos(), cut(point.getAttributes(), limit), point.getSum(),
                point.hasMin(), point.getMin(), point.hasMax(), point.getMax(), point.getBoundaries(),
                point.getCounts(), point.getExemplars())).toList();
    }
}
