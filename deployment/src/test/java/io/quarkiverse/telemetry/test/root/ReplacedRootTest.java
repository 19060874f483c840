package io.quarkiverse.telemetry.test.root;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.api.trace.Tracer;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.RootTelemetryService;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.test.Scrapes;
import io.quarkiverse.telemetry.test.plugin.catalog.CatalogProcessing;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An application bean that replaces {@link RootTelemetryService} (an alternative with a priority) is what every
 * {@code @PluginTelemetry} injection point gets its service from.
 */
public class ReplacedRootTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Scrapes.class, OrganisationRoot.class)
                    .addPackage(CatalogProcessing.class.getPackage()));

    @Inject
    CatalogProcessing catalog;

    @Inject
    RootTelemetryService root;

    @Test
    void pluginInjectionPointsGetTheReplacementsServices() {
        assertInstanceOf(OrganisationRoot.class, root);
        assertInstanceOf(OrganisationRoot.OrganisationService.class, catalog.telemetry());

        catalog.process("ok", 0.3);

        String scrape = Scrapes.scrape();
        assertTrue(scrape.contains(
                "catalog_processed_entities_count_total{otel_scope_name=\"acme.catalog\",result=\"ok\",} 1.0"), scrape);
    }

    /** An organisation's root: its own scope names, straight on the SDK. */
    @Alternative
    @Priority(1)
    @Singleton
    public static class OrganisationRoot implements RootTelemetryService {

        private final OpenTelemetry openTelemetry;
        private final Map<String, TelemetryService> plugins = new ConcurrentHashMap<>();

        OrganisationRoot(OpenTelemetry openTelemetry) {
            this.openTelemetry = openTelemetry;
        }

        @Override
        public TelemetryService forPlugin(String pluginId) {
            return plugins.computeIfAbsent(pluginId, OrganisationService::new);
        }

        @Override
        public OpenTelemetry getOpenTelemetry() {
            return openTelemetry;
        }

        @Override
        public String pluginId() {
            return ROOT_ID;
        }

        private Meter meter(String pluginId) {
            return openTelemetry.getMeter("acme." + pluginId);
        }

        @Override
        public LongCounter createCounter(String name, MetricOptions options) {
            return forPlugin(ROOT_ID).createCounter(name, options);
        }

        @Override
        public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
            return forPlugin(ROOT_ID).createUpDownCounter(name, options);
        }

        @Override
        public DoubleHistogram createHistogram(String name, MetricOptions options) {
            return forPlugin(ROOT_ID).createHistogram(name, options);
        }

        @Override
        public DoubleGauge createGauge(String name, MetricOptions options) {
            return forPlugin(ROOT_ID).createGauge(name, options);
        }

        @Override
        public ObservableLongCounter createObservableCounter(String name, MetricOptions options,
                Consumer<ObservableLongMeasurement> callback) {
            return forPlugin(ROOT_ID).createObservableCounter(name, options, callback);
        }

        @Override
        public ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
                Consumer<ObservableLongMeasurement> callback) {
            return forPlugin(ROOT_ID).createObservableUpDownCounter(name, options, callback);
        }

        @Override
        public ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
                Consumer<ObservableDoubleMeasurement> callback) {
            return forPlugin(ROOT_ID).createObservableGauge(name, options, callback);
        }

        @Override
        public Meter getMeter() {
            return meter(ROOT_ID);
        }

        @Override
        public Tracer getTracer() {
            return openTelemetry.getTracer("acme." + ROOT_ID);
        }

        /** One plugin's service: instruments of the SDK's meter named after the organisation. */
        public class OrganisationService implements TelemetryService {
            private final String pluginId;

            OrganisationService(String pluginId) {
                this.pluginId = pluginId;
            }

            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public LongCounter createCounter(String name, MetricOptions options) {
                return getMeter().counterBuilder(name).setDescription(options.description()).build();
            }

            @Override
            public LongUpDownCounter createUpDownCounter(String name, MetricOptions options) {
                return getMeter().upDownCounterBuilder(name).setDescription(options.description()).build();
            }

            @Override
            public DoubleHistogram createHistogram(String name, MetricOptions options) {
                return getMeter().histogramBuilder(name).setDescription(options.description())
                        .setUnit(options.unit()).build();
            }

            @Override
            public DoubleGauge createGauge(String name, MetricOptions options) {
                return getMeter().gaugeBuilder(name).setDescription(options.description()).build();
            }

            @Override
            public ObservableLongCounter createObservableCounter(String name, MetricOptions options,
                    Consumer<ObservableLongMeasurement> callback) {
                return getMeter().counterBuilder(name).buildWithCallback(callback);
            }

            @Override
            public ObservableLongUpDownCounter createObservableUpDownCounter(String name, MetricOptions options,
                    Consumer<ObservableLongMeasurement> callback) {
                return getMeter().upDownCounterBuilder(name).buildWithCallback(callback);
            }

            @Override
            public ObservableDoubleGauge createObservableGauge(String name, MetricOptions options,
                    Consumer<ObservableDoubleMeasurement> callback) {
                return getMeter().gaugeBuilder(name).buildWithCallback(callback);
            }

            @Override
            public Meter getMeter() {
                return meter(pluginId);
            }

            @Override
            public Tracer getTracer() {
                return openTelemetry.getTracer("acme." + pluginId);
            }
        }
    }
}
