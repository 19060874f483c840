package io.quarkiverse.telemetry.it.jsonl;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;

/** Appends one JSON object per point to a file: scope, name, attributes and value (or histogram count and sum). */
final class JsonLinesMetricExporter implements MetricExporter {

    private static final Logger LOG = Logger.getLogger(JsonLinesMetricExporter.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    JsonLinesMetricExporter(Path file) {
        this.file = file;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (MetricData metric : metrics) {
                for (PointData point : metric.getData().getPoints()) {
                    writeLine(out, metric, point);
                }
            }
            return CompletableResultCode.ofSuccess();
        } catch (IOException e) {
            LOG.warnf("Could not write metrics to %s: %s", file, e.getMessage());
            return CompletableResultCode.ofFailure();
        }
    }

    private static void writeLine(Writer out, MetricData metric, PointData point) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("scope", metric.getInstrumentationScopeInfo().getName());
            json.writeStringField("name", metric.getName());
            json.writeObjectFieldStart("attributes");
            for (var attribute : point.getAttributes().asMap().entrySet()) {
                json.writeStringField(attribute.getKey().getKey(), String.valueOf(attribute.getValue()));
            }
            json.writeEndObject();
            if (point instanceof LongPointData value) {
                json.writeNumberField("value", value.getValue());
            } else if (point instanceof DoublePointData value) {
                json.writeNumberField("value", value.getValue());
            } else if (point instanceof HistogramPointData histogram) {
                json.writeNumberField("count", histogram.getCount());
                json.writeNumberField("sum", histogram.getSum());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
        return AggregationTemporality.CUMULATIVE;
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
