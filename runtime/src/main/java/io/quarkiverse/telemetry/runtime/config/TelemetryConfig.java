package io.quarkiverse.telemetry.runtime.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import io.quarkus.runtime.annotations.ConfigDocDefault;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Telemetry of the application's plugins: the properties form of the Backstage Telemetry Service configuration. Every
 * key here is read at run time, so an operator can change it on the built application with a system property or an
 * environment variable.
 */
@ConfigMapping(prefix = "telemetry")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface TelemetryConfig {

    /**
     * Whether telemetry is on. When false every plugin instrument is a no-op, nothing is exported by this extension
     * and no port is opened.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The longest attribute value, in characters, that a metric series or a span keeps when exported (scrape, OTLP,
     * logging), Micrometer's meters in {@code /q/metrics} included. A longer value is cut and ends with {@code ~} and
     * 128 bits of the whole value's SHA-256 digest, so that two long values stay two series. At least 32.
     */
    @WithDefault("1024")
    int attributeValueLengthLimit();

    /** The resource: attributes that describe this application in every metric and span it exports. */
    @ConfigDocSection
    Resource resource();

    /** Metrics. */
    @ConfigDocSection
    Metrics metrics();

    /** Tracing. */
    @ConfigDocSection
    Tracing tracing();

    /** Plugin settings, keyed by plugin id. */
    @ConfigDocSection
    @ConfigDocMapKey("plugin-id")
    Map<String, Plugin> plugins();

    /**
     * Instrumentation toggles, Backstage's {@code instrumentations}. Each sets the {@code quarkus.*} keys named with
     * it; a value given to such a key directly wins. Those marked "build time" take effect when the application is
     * built, as the key they set does.
     */
    @ConfigDocSection
    Instrumentations instrumentations();

    /** Health checks of the exporters, with SmallRye Health: always in the wellness group ({@code /q/health/well}). */
    @ConfigDocSection
    Health health();

    interface Health {

        /**
         * Whether an exporter whose exports fail also takes the application out of readiness. Off by default: a
         * collector that is down should not take the application down with it; the wellness group reports it.
         */
        @WithDefault("false")
        boolean readiness();
    }

    interface Resource {

        /** The {@code service.name} resource attribute. */
        @ConfigDocDefault("the application name, quarkus.application.name")
        Optional<String> serviceName();

        /** The {@code service.version} resource attribute. */
        @ConfigDocDefault("the application version, quarkus.application.version")
        Optional<String> serviceVersion();

        /**
         * The {@code service.instance.id} resource attribute, which tells this replica's series from its siblings'
         * wherever they meet (one Prometheus, one collector). Set it to a name that outlives a restart where there is
         * one, such as the pod's: {@code telemetry.resource.instance-id=${POD_NAME}}.
         */
        @ConfigDocDefault("one set by quarkus.otel.resource.attributes, else a random UUID per start")
        Optional<String> instanceId();

        /** Further resource attributes, for example {@code telemetry.resource.attributes."deployment.environment"=prod}. */
        @ConfigDocMapKey("attribute-key")
        Map<String, String> attributes();
    }

    interface Metrics {

        /** Whether plugin metrics are recorded and exported. When false every plugin meter is a no-op. */
        @WithDefault("true")
        boolean enabled();

        /** How often periodic exporters ({@code otlp}, {@code logging}) export. */
        Collection collection();

        /**
         * Metric exporters, keyed by a name of your choice. Without any, plugin metrics are served by a
         * {@code prometheus} exporter at {@code /q/metrics}. A name that is an exporter type, or starts with one
         * followed by {@code /} (as in {@code otlp/backup}), sets the type; otherwise set {@code type}.
         */
        @ConfigDocMapKey("exporter-name")
        Map<String, MetricExporter> exporters();
    }

    interface Collection {

        /** The interval between two exports of a periodic exporter, from 100ms to 1d. */
        @ConfigDocDefault("60s")
        Optional<Duration> exportInterval();

        /** The same interval in milliseconds, as the Backstage configuration spells it. Set one of the two. */
        OptionalLong exportIntervalMillis();
    }

    /** Settings every exporter type understands, and those of {@code otlp}. */
    interface Exporter {

        /** The exporter type. */
        @ConfigDocDefault("the exporter name, up to its first /")
        Optional<String> type();

        /** Whether this exporter is used. */
        @WithDefault("true")
        boolean enabled();

        /** {@code otlp}: where to send, an {@code http} or {@code https} URL. */
        @ConfigDocDefault("http://localhost:4317 for grpc, http://localhost:4318 for http/protobuf")
        Optional<String> endpoint();

        /** {@code otlp}: the transport, {@code grpc} or {@code http/protobuf}. */
        @ConfigDocDefault("grpc")
        Optional<String> protocol();

        /** {@code otlp}: headers sent with every export, typically credentials. Their values are never logged. */
        @ConfigDocMapKey("header-name")
        Map<String, String> headers();

        /** {@code otlp}: how long one export may take, at most 1h. */
        @ConfigDocDefault("10s")
        Optional<Duration> timeout();

        /** {@code otlp}: the compression of exported data, {@code gzip} or {@code none}. */
        @ConfigDocDefault("none")
        Optional<String> compression();

        /**
         * Exporter types of other modules: their own settings, handed to the type's provider, such as
         * {@code telemetry.metrics.exporters.audit.config.path=/var/log/metrics.jsonl}.
         */
        @ConfigDocMapKey("setting")
        Map<String, String> config();
    }

    interface MetricExporter extends Exporter {

        /**
         * {@code prometheus}: the port of a listener of its own (the convention is 9464). Without a port the metrics
         * are served at {@code /q/metrics}, on the management interface when that is enabled. Neither another
         * exporter's port nor one the application listens on (HTTP, HTTPS, management interface).
         */
        OptionalInt port();

        /** {@code prometheus}: the address the listener binds to. */
        @ConfigDocDefault("the application's quarkus.http.host")
        Optional<String> host();

        /** {@code prometheus}: the path the listener serves the metrics at. */
        @ConfigDocDefault("/metrics")
        Optional<String> path();
    }

    interface Tracing {

        /** Whether spans are recorded and exported. When false no span is sampled. */
        @WithDefault("true")
        boolean enabled();

        /** Which traces are kept. */
        Sampler sampler();

        /** Span exporters ({@code otlp}, {@code logging}), keyed by a name of your choice, named as metric exporters. */
        @ConfigDocMapKey("exporter-name")
        Map<String, Exporter> exporters();
    }

    interface Sampler {

        /**
         * The share of new traces to keep, from 0 to 1; a span with a parent follows its parent's decision. Replaces
         * the {@code quarkus.otel.traces.sampler} choice when set.
         */
        @ConfigDocDefault("every trace is kept")
        OptionalDouble ratio();
    }

    interface Plugin {

        /** Whether this plugin's instruments record anything. */
        @WithDefault("true")
        boolean enabled();

        /** The meter (instrumentation scope) of this plugin's metrics. */
        Scope meter();

        /**
         * The tracer (instrumentation scope) of this plugin's spans. Whatever its name, every span the plugin starts
         * carries {@code backstage.plugin.id}.
         */
        Scope tracer();

        /**
         * The most series (attribute combinations) one instrument of this plugin keeps between two collections;
         * measurements of further combinations are added up in one series labelled {@code otel_metric_overflow="true"},
         * so memory stays bounded. Cannot be combined with {@code instruments."<name>".attributes} of the same plugin:
         * OpenTelemetry applies one of the two.
         */
        @ConfigDocDefault("2000, OpenTelemetry's")
        OptionalInt cardinalityLimit();

        /** Settings of this plugin's instruments, keyed by instrument name, such as {@code "catalog.entities.read"}. */
        @ConfigDocMapKey("instrument-name")
        Map<String, Instrument> instruments();
    }

    interface Instrument {

        /**
         * Histograms: the bucket boundaries, replacing those the plugin's code gives; finite and strictly increasing,
         * such as {@code 0.1,0.5,1,5}.
         */
        Optional<List<Double>> buckets();

        /**
         * The attribute keys this instrument keeps, such as {@code kind,result}; the others are dropped before
         * aggregation, which also bounds its series.
         */
        @ConfigDocDefault("every attribute is kept")
        Optional<List<String>> attributes();
    }

    /** An instrumentation scope: a plugin's meter or tracer. */
    interface Scope {

        /**
         * The name of the scope: the {@code otel_scope_name} of the plugin's metrics (meter), the scope of its spans
         * (tracer).
         */
        @ConfigDocDefault("backstage-plugin-<plugin-id>")
        Optional<String> name();

        /** The version of the scope, shown as {@code otel_scope_version}. */
        Optional<String> version();

        /**
         * The schema URL of the scope: the OpenTelemetry schema version its telemetry follows, such as
         * {@code https://opentelemetry.io/schemas/1.37.0}; an absolute {@code http} or {@code https} URL.
         */
        Optional<URI> schemaUrl();
    }

    interface Instrumentations {

        /**
         * Spans of incoming HTTP requests and of calls of Vert.x HTTP clients, such as the Quarkus REST client
         * ({@code quarkus.otel.instrument.vertx-http}).
         */
        @ConfigDocDefault("true")
        Optional<Boolean> http();

        /** Spans of Vert.x event bus messages ({@code quarkus.otel.instrument.vertx-event-bus}). */
        @ConfigDocDefault("true")
        Optional<Boolean> eventBus();

        /** Spans of reactive SQL clients ({@code quarkus.otel.instrument.vertx-sql-client}). */
        @ConfigDocDefault("true")
        Optional<Boolean> sqlClient();

        /** Spans of the Redis client ({@code quarkus.otel.instrument.vertx-redis-client}). */
        @ConfigDocDefault("true")
        Optional<Boolean> redisClient();

        /**
         * OpenTelemetry's JVM metrics ({@code quarkus.otel.instrument.jvm-metrics}). Off by default: Micrometer serves
         * the same families in the same scrape.
         */
        @ConfigDocDefault("false")
        Optional<Boolean> jvmMetrics();

        /**
         * OpenTelemetry's HTTP server metrics ({@code quarkus.otel.instrument.http-server-metrics}). Off by default:
         * Micrometer serves the same families in the same scrape.
         */
        @ConfigDocDefault("false")
        Optional<Boolean> httpServerMetrics();

        /**
         * Build time: spans of Quarkus REST and RESTEasy Classic endpoints, Backstage's {@code express}
         * ({@code quarkus.otel.instrument.rest}, {@code quarkus.otel.instrument.resteasy}).
         */
        @ConfigDocDefault("true")
        Optional<Boolean> rest();

        /**
         * Build time: spans of calls of REST clients backed by RESTEasy Classic
         * ({@code quarkus.otel.instrument.resteasy-client}); the Quarkus REST client's calls follow {@code http}.
         */
        @ConfigDocDefault("true")
        Optional<Boolean> restClient();

        /** Build time: spans of gRPC calls ({@code quarkus.otel.instrument.grpc}). */
        @ConfigDocDefault("true")
        Optional<Boolean> grpc();

        /** Build time: spans of reactive messaging ({@code quarkus.otel.instrument.messaging}). */
        @ConfigDocDefault("true")
        Optional<Boolean> messaging();

        /**
         * Build time: spans of JDBC statements, Backstage's {@code knex} ({@code quarkus.datasource.jdbc.telemetry}
         * of every datasource; needs {@code io.opentelemetry.instrumentation:opentelemetry-jdbc}).
         */
        @ConfigDocDefault("false")
        Optional<Boolean> jdbc();
    }
}
