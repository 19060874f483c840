package io.quarkiverse.telemetry.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkiverse.telemetry.BackstageNaming;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginIds;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.internal.PluginIdRules;
import io.quarkiverse.telemetry.runtime.metrics.InstrumentAdvice;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The {@code telemetry.*} configuration with its defaults applied, checked as a whole: {@link #from} reports every
 * mistake at once, naming the key, the value and what is allowed, and never shows an exporter's headers.
 */
public record TelemetrySettings(boolean enabled, boolean metricsEnabled, boolean tracingEnabled,
        Duration exportInterval, List<ExporterSettings> metricExporters, List<ExporterSettings> spanExporters,
        OptionalDouble samplerRatio, Map<String, String> resourceAttributes,
        Map<String, InstrumentAdvice> instrumentAdvice, Map<String, Integer> cardinalityLimits,
        Map<String, String> meterNames, boolean exportersInReadiness, AttributeValueLimit attributeValueLimit) {

    /** The semantic conventions' resource attribute that tells one replica from the others. */
    public static final String SERVICE_INSTANCE_ID = "service.instance.id";
    static final Duration DEFAULT_EXPORT_INTERVAL = Duration.ofSeconds(60);
    static final Duration DEFAULT_OTLP_TIMEOUT = Duration.ofSeconds(10);
    /** The shortest export interval: ten collections a second already keep a core busy with many series. */
    static final Duration MIN_EXPORT_INTERVAL = Duration.ofMillis(100);
    /** The longest export interval: the SDK schedules in nanoseconds, and longer ones overflowed its arithmetic. */
    static final Duration MAX_EXPORT_INTERVAL = Duration.ofDays(1);
    /** The longest OTLP timeout: far longer than any collector needs, far from the senders' overflow. */
    static final Duration MAX_OTLP_TIMEOUT = Duration.ofHours(1);
    /** The built-in metric exporter types. */
    public static final List<String> METRIC_EXPORTER_TYPES = List.of(ExporterSettings.PROMETHEUS, ExporterSettings.OTLP,
            ExporterSettings.LOGGING);
    /** The built-in span exporter types. */
    public static final List<String> SPAN_EXPORTER_TYPES = List.of(ExporterSettings.OTLP, ExporterSettings.LOGGING);

    private static final String INTERVAL = "telemetry.metrics.collection.export-interval";
    private static final String INTERVAL_MILLIS = "telemetry.metrics.collection.export-interval-millis";
    /** An endpoint's user-info (credentials), never shown: what follows the scheme up to an {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    /**
     * @param metricProviderTypes the metric exporter types that providers contribute
     * @param spanProviderTypes the span exporter types that providers contribute
     * @param application where the application itself listens: its host is a Prometheus listener's default, its
     *        ports are not for Prometheus listeners
     * @throws ConfigurationException listing every mistake in the configuration
     */
    public static TelemetrySettings from(TelemetryConfig config, Set<String> metricProviderTypes,
            Set<String> spanProviderTypes, ApplicationListeners application) {
        String applicationHost = application.host();
        List<String> problems = new ArrayList<>();
        Duration interval = exportInterval(config.metrics().collection(), problems);
        List<ExporterSettings> metricExporters = config.metrics().exporters().isEmpty()
                ? List.of(ExporterSettings.scrape())
                : exporters("telemetry.metrics.exporters", config.metrics().exporters(),
                        allowed(METRIC_EXPORTER_TYPES, metricProviderTypes), applicationHost, problems);
        List<ExporterSettings> spanExporters = exporters("telemetry.tracing.exporters", config.tracing().exporters(),
                allowed(SPAN_EXPORTER_TYPES, spanProviderTypes), applicationHost, problems);
        checkListeners(metricExporters, application, problems);
        OptionalDouble ratio = config.tracing().sampler().ratio();
        if (ratio.isPresent() && !(ratio.getAsDouble() >= 0 && ratio.getAsDouble() <= 1)) {
            problems.add("telemetry.tracing.sampler.ratio=" + ratio.getAsDouble()
                    + ": the ratio must be from 0 (no new trace kept) to 1 (every trace kept)");
        }
        Map<String, InstrumentAdvice> advice = new TreeMap<>();
        Map<String, Integer> cardinalityLimits = new TreeMap<>();
        Map<String, String> meterNames = new TreeMap<>();
        new TreeMap<>(config.plugins()).forEach((id, plugin) -> {
            if (!PluginIds.isValid(id)) {
                problems.add("telemetry.plugins.\"" + id + "\": '" + id + "' is not a valid plugin id; "
                        + PluginIdRules.PLUGIN_RULE);
                return;
            }
            plugin.meter().name().ifPresent(name -> meterNames.put(id, name));
            schemaUrl("telemetry.plugins." + id + ".meter.schema-url", plugin.meter(), problems);
            schemaUrl("telemetry.plugins." + id + ".tracer.schema-url", plugin.tracer(), problems);
            pluginLimits("telemetry.plugins." + id, plugin, problems).ifPresent(limit -> cardinalityLimits
                    .put(meterNames.getOrDefault(id, BackstageNaming.pluginScope(id)), limit));
            advice.put(id, instrumentAdvice("telemetry.plugins." + id + ".instruments", plugin, problems));
        });
        if (config.attributeValueLengthLimit() < AttributeValueLimit.MIN) {
            problems.add("telemetry.attribute-value-length-limit=" + config.attributeValueLengthLimit()
                    + ": the limit must be at least " + AttributeValueLimit.MIN + " characters, such as 1024");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid telemetry configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new TelemetrySettings(config.enabled(), config.metrics().enabled(), config.tracing().enabled(), interval,
                metricExporters, spanExporters, ratio, resourceAttributes(config.resource()), Map.copyOf(advice),
                Map.copyOf(cardinalityLimits), Map.copyOf(meterNames), config.health().readiness(),
                AttributeValueLimit.of(config.attributeValueLengthLimit()));
    }

    /** The configured values never to be shown: every exporter's header values. */
    public Secrets secrets() {
        return new Secrets(Stream.concat(metricExporters.stream(), spanExporters.stream())
                .flatMap(exporter -> exporter.headers().values().stream()));
    }

    /**
     * The name of a service's meter, the instrumentation scope its metrics are exported under: the configured
     * {@code telemetry.plugins."<id>".meter.name}, else the service's scope name.
     */
    public String meterName(String pluginId, String scopeName) {
        return meterNames.getOrDefault(pluginId, scopeName);
    }

    /**
     * A built-in type's {@code config.*} keys are read as its flat keys ({@link ExporterConfigSectionInterceptor}); one
     * still here is set twice, or is no setting of a built-in type.
     */
    private static void configSection(String key, String type, Set<String> settings, List<String> problems) {
        List<String> twice = settings.stream().filter(ExporterConfigSectionInterceptor::isFlatKey).sorted().toList();
        twice.forEach(setting -> problems.add(key + "." + setting + " and " + key + ".config." + setting + " are both"
                + " set: config." + setting + " is the Backstage proposal's spelling of " + setting + "; keep one"));
        new TreeSet<>(settings).stream().filter(setting -> !twice.contains(setting)).findFirst()
                .ifPresent(setting -> problems.add(key + ".config." + setting + " is set, but " + type
                        + " is built in and has no setting '" + setting + "': config.* takes its own settings ("
                        + String.join(", ", ExporterConfigSectionInterceptor.SETTINGS) + ", headers.<name>) and those"
                        + " of exporter types of other modules"));
    }

    /** OpenTelemetry's schema URLs are absolute http(s) URLs, ending with the schema version. */
    private static void schemaUrl(String key, TelemetryConfig.Scope scope, List<String> problems) {
        scope.schemaUrl().filter(url -> !url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()))
                .ifPresent(url -> problems.add(key + "=" + url + ": a schema URL must be an absolute http or https URL,"
                        + " such as https://opentelemetry.io/schemas/1.37.0"));
    }

    private static List<String> allowed(List<String> builtIn, Set<String> contributed) {
        List<String> allowed = new ArrayList<>(builtIn);
        contributed.stream().sorted().forEach(allowed::add);
        return allowed;
    }

    private static Optional<Integer> pluginLimits(String key, TelemetryConfig.Plugin plugin, List<String> problems) {
        if (plugin.cardinalityLimit().isEmpty()) {
            return Optional.empty();
        }
        int limit = plugin.cardinalityLimit().getAsInt();
        if (limit < 1) {
            problems.add(key + ".cardinality-limit=" + limit + ": the limit must be at least 1, such as 2000");
            return Optional.empty();
        }
        new TreeMap<>(plugin.instruments()).forEach((name, instrument) -> {
            if (instrument.attributes().isPresent()) {
                problems.add(key + ".cardinality-limit and " + key + ".instruments." + mapKey(name) + ".attributes"
                        + " are both set: OpenTelemetry applies a plugin's limit through a view, which makes it ignore"
                        + " an instrument's attribute advice; keep one of them");
            }
        });
        return Optional.of(limit);
    }

    private static InstrumentAdvice instrumentAdvice(String key, TelemetryConfig.Plugin plugin, List<String> problems) {
        Map<String, List<Double>> buckets = new TreeMap<>();
        Map<String, List<String>> attributes = new TreeMap<>();
        new TreeMap<>(plugin.instruments()).forEach((name, instrument) -> {
            String instrumentKey = key + "." + mapKey(name);
            if (!name.matches(TelemetryService.INSTRUMENT_NAME_PATTERN)) {
                problems.add(instrumentKey + ": '" + name + "' is not an instrument name; it must match "
                        + TelemetryService.INSTRUMENT_NAME_PATTERN);
            }
            instrument.buckets().ifPresent(boundaries -> {
                try {
                    buckets.put(name, MetricOptions.builder().explicitBucketBoundaries(boundaries).build()
                            .explicitBucketBoundaries().orElseThrow());
                } catch (IllegalArgumentException e) {
                    problems.add(instrumentKey + ".buckets=" + boundaries + ": " + e.getMessage());
                }
            });
            instrument.attributes().ifPresent(keys -> attributes.put(name, List.copyOf(keys)));
        });
        return new InstrumentAdvice(buckets, attributes);
    }

    private static Duration exportInterval(TelemetryConfig.Collection collection, List<String> problems) {
        Optional<Duration> interval = collection.exportInterval();
        Optional<Duration> millis = collection.exportIntervalMillis().stream().mapToObj(Duration::ofMillis).findFirst();
        if (interval.isPresent() && millis.isPresent() && !interval.equals(millis)) {
            problems.add(INTERVAL + " and " + INTERVAL_MILLIS + " disagree (" + written(interval.get()) + " and "
                    + millis.get().toMillis() + " ms): set only one of them");
        }
        String key = interval.isPresent() ? INTERVAL : INTERVAL_MILLIS;
        Duration resolved = interval.or(() -> millis).orElse(DEFAULT_EXPORT_INTERVAL);
        String shown = key + "=" + (interval.isPresent() ? written(resolved) : resolved.toMillis());
        if (resolved.isNegative() || resolved.isZero()) {
            problems.add(shown + ": the export interval must be positive, such as 60s (or 60000 in milliseconds)");
        } else if (resolved.compareTo(MIN_EXPORT_INTERVAL) < 0) {
            problems.add(shown + ": the export interval must be at least " + written(MIN_EXPORT_INTERVAL)
                    + " (an export costs a collection of every instrument), such as 60s");
        } else if (resolved.compareTo(MAX_EXPORT_INTERVAL) > 0) {
            problems.add(shown + ": the export interval must be at most " + (interval.isPresent()
                    ? written(MAX_EXPORT_INTERVAL) + ", such as 60s"
                    : MAX_EXPORT_INTERVAL.toMillis() + " (" + written(MAX_EXPORT_INTERVAL) + "), such as 60000"));
        }
        return resolved;
    }

    private static List<ExporterSettings> exporters(String mapKey, Map<String, ? extends TelemetryConfig.Exporter> configs,
            List<String> allowedTypes, String applicationHost, List<String> problems) {
        List<ExporterSettings> exporters = new ArrayList<>();
        new TreeMap<>(configs).forEach((name, config) -> {
            if (config.enabled()) {
                exporterSettings(mapKey + "." + mapKey(name), name, config, allowedTypes, applicationHost, problems)
                        .ifPresent(exporters::add);
            }
        });
        return exporters;
    }

    /** A map key as written in a property name: quoted when it holds more than letters, digits and dashes. */
    static String mapKey(String name) {
        return name.matches("[A-Za-z0-9_-]+") ? name : "\"" + name + "\"";
    }

    /** A duration as written in a property, such as {@code 500ms}, {@code 0s} or {@code 2d}. */
    private static String written(Duration duration) {
        if (duration.toSeconds() == 0 && duration.toMillis() > 0 && duration.toNanos() % 1_000_000 == 0) {
            return duration.toMillis() + "ms";
        }
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + "d";
        }
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** An exporter's type: the one set, else its name up to its first {@code /} ({@code otlp/backup} is otlp). */
    static String exporterType(String name, Optional<String> type) {
        return type.orElseGet(() -> name.contains("/") ? name.substring(0, name.indexOf('/')) : name);
    }

    private static Optional<ExporterSettings> exporterSettings(String key, String name, TelemetryConfig.Exporter config,
            List<String> allowedTypes, String applicationHost, List<String> problems) {
        String type = exporterType(name, config.type());
        if (!allowedTypes.contains(type)) {
            problems.add(config.type().isPresent()
                    ? key + ".type=" + type + ": unknown exporter type; allowed: " + String.join(", ", allowedTypes)
                    : key + ".type is not set and '" + name + "' names no exporter type: set it to one of "
                            + String.join(", ", allowedTypes));
            return Optional.empty();
        }
        int before = problems.size();
        boolean builtIn = METRIC_EXPORTER_TYPES.contains(type) || SPAN_EXPORTER_TYPES.contains(type);
        if (builtIn) {
            configSection(key, type, config.config().keySet(), problems);
        }
        TelemetryConfig.MetricExporter metric = config instanceof TelemetryConfig.MetricExporter m ? m : null;
        boolean otlp = ExporterSettings.OTLP.equals(type);
        if (!otlp) {
            onlyFor(key, type, "otlp", problems, config.endpoint().isPresent() ? "endpoint" : null,
                    config.protocol().isPresent() ? "protocol" : null, config.headers().isEmpty() ? null : "headers",
                    config.timeout().isPresent() ? "timeout" : null,
                    config.compression().isPresent() ? "compression" : null);
        }
        if (metric != null && !ExporterSettings.PROMETHEUS.equals(type)) {
            onlyFor(key, type, "prometheus", problems, metric.port().isPresent() ? "port" : null,
                    metric.host().isPresent() ? "host" : null, metric.path().isPresent() ? "path" : null);
        }
        String protocol = config.protocol().orElse(ExporterSettings.GRPC);
        URI endpoint = null;
        Duration timeout = config.timeout().orElse(DEFAULT_OTLP_TIMEOUT);
        String compression = config.compression().orElse("none");
        if (otlp) {
            if (!protocol.equals(ExporterSettings.GRPC) && !protocol.equals(ExporterSettings.HTTP_PROTOBUF)) {
                problems.add(key + ".protocol=" + protocol + ": unknown OTLP protocol; allowed: grpc, http/protobuf");
            }
            endpoint = endpoint(key, config.endpoint().orElse(
                    protocol.equals(ExporterSettings.HTTP_PROTOBUF) ? "http://localhost:4318" : "http://localhost:4317"),
                    problems);
            HttpHeaders.check(key + ".headers", config.headers(), problems);
            if (timeout.isNegative() || timeout.isZero()) {
                problems.add(key + ".timeout=" + written(timeout) + ": the timeout must be positive, such as 10s");
            } else if (timeout.compareTo(MAX_OTLP_TIMEOUT) > 0) {
                problems.add(key + ".timeout=" + written(timeout) + ": the timeout must be at most "
                        + written(MAX_OTLP_TIMEOUT) + ", such as 10s");
            }
            if (!compression.equals("gzip") && !compression.equals("none")) {
                problems.add(key + ".compression=" + compression + ": unknown compression; allowed: gzip, none");
            }
        }
        OptionalInt port = metric == null ? OptionalInt.empty() : metric.port();
        String path = metric == null ? null : metric.path().orElse("/metrics");
        if (metric != null && port.isEmpty() && ExporterSettings.PROMETHEUS.equals(type)) {
            for (String listenerKey : new String[] { metric.host().isPresent() ? "host" : null,
                    metric.path().isPresent() ? "path" : null }) {
                if (listenerKey != null) {
                    problems.add(key + "." + listenerKey + " is set without " + key + ".port: " + listenerKey
                            + " applies to a listener of its own; without a port the metrics are served at /q/metrics");
                }
            }
        }
        if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
            problems.add(key + ".port=" + port.getAsInt() + ": a port must be from 1 to 65535");
        }
        if (path != null && !path.startsWith("/")) {
            problems.add(key + ".path=" + path + ": a path must start with '/', such as /metrics");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExporterSettings(key, name, type, endpoint, protocol, Map.copyOf(config.headers()),
                timeout, compression.equals("gzip"), port, metric == null ? null : metric.host().orElse(applicationHost), path,
                Map.copyOf(config.config())));
    }

    private static void onlyFor(String key, String type, String owner, List<String> problems, String... setKeys) {
        for (String setKey : setKeys) {
            if (setKey != null) {
                problems.add(key + "." + setKey + " is set, but " + setKey + " applies to " + owner
                        + " exporters only and this one is of type " + type);
            }
        }
    }

    private static URI endpoint(String key, String value, List<String> problems) {
        String shown = key + ".endpoint=" + USER_INFO.matcher(value).replaceFirst("$1***@");
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                if (uri.getPort() == 0 || uri.getPort() > 65535) {
                    problems.add(shown + ": port " + uri.getPort() + " is out of range; a port must be from 1 to 65535");
                    return null;
                }
                if (uri.getRawUserInfo() != null) {
                    problems.add(shown + ": user-info in an endpoint is never sent; put the credentials in a header,"
                            + " such as " + key + ".headers.authorization");
                    return null;
                }
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(shown
                + ": not an http or https URL with a host, such as http://localhost:4317 (grpc) or http://localhost:4318 (http/protobuf)");
        return null;
    }

    /**
     * A Prometheus listener's port is its own: not another listener's, not one the application listens on (see
     * {@link ApplicationListeners}); and {@code /q/metrics} serves one scrape.
     */
    private static void checkListeners(List<ExporterSettings> exporters, ApplicationListeners application,
            List<String> problems) {
        Map<Integer, List<String>> byPort = new TreeMap<>();
        List<String> scraped = new ArrayList<>();
        for (ExporterSettings exporter : exporters) {
            if (exporter.listens()) {
                int port = exporter.port().getAsInt();
                byPort.computeIfAbsent(port, key -> new ArrayList<>()).add(exporter.key());
                application.listeners().stream()
                        .filter(own -> own.port() == port && ApplicationListeners.overlap(own.host(), exporter.host()))
                        .forEach(own -> problems.add(exporter.key() + ".port=" + port + " is the application's "
                                + own.what() + " port (" + own.key() + "=" + port + "): give the Prometheus exporter a"
                                + " port of its own, such as 9464; on a shared port the two servers would split the"
                                + " connections, and the application's requests would get 404s"));
            } else if (exporter.inScrape()) {
                scraped.add(exporter.key());
            }
        }
        byPort.forEach((port, keys) -> {
            if (keys.size() > 1) {
                problems.add(String.join(" and ", keys) + " are both on port " + port
                        + ": give each Prometheus exporter a port of its own");
            }
        });
        if (scraped.size() > 1) {
            problems.add(String.join(" and ", scraped) + " are both served at /q/metrics (no port):"
                    + " keep one, or give the others a port");
        }
    }

    private static Map<String, String> resourceAttributes(TelemetryConfig.Resource resource) {
        Map<String, String> attributes = new TreeMap<>(resource.attributes());
        resource.serviceName().ifPresent(name -> attributes.put("service.name", name));
        resource.serviceVersion().ifPresent(version -> attributes.put("service.version", version));
        resource.instanceId().ifPresent(id -> attributes.put(SERVICE_INSTANCE_ID, id));
        return Map.copyOf(attributes);
    }
}
