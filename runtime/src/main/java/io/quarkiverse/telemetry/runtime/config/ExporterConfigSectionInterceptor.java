package io.quarkiverse.telemetry.runtime.config;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Reads the Backstage proposal's spelling of a built-in exporter's settings, a {@code config} section
 * ({@code telemetry.metrics.exporters.prometheus.config.port=9464}), as the flat key it stands for
 * ({@code telemetry.metrics.exporters.prometheus.port}), so both mean the same, are converted and checked the same.
 * The value keeps the name it was given under, so a conversion error names the key the application set. When both
 * spellings are set, the {@code config} one is left in the section, where {@link TelemetrySettings} reports the two.
 * Exporter types of other modules keep their {@code config} section as it is: it is theirs.
 */
@Priority(Priorities.LIBRARY + 400)
public class ExporterConfigSectionInterceptor implements ConfigSourceInterceptor {

    /** {@code telemetry.<signal>.exporters.<name>.<rest>}, the name quoted or not. */
    private static final Pattern EXPORTER_KEY = Pattern
            .compile("(telemetry\\.(metrics|tracing)\\.exporters\\.(\"[^\"]+\"|[^.\"]+)\\.)(.+)");
    private static final String SECTION = "config.";
    private static final String HEADERS = "headers.";

    /** The settings of built-in exporter types, besides their headers ({@code headers.<name>}). */
    static final List<String> SETTINGS = List.of("port", "host", "path", "endpoint", "protocol", "timeout",
            "compression");

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        Matcher key = EXPORTER_KEY.matcher(name);
        if (!key.matches()) {
            return value;
        }
        String exporter = key.group(1);
        String setting = key.group(4);
        if (setting.startsWith(SECTION)) {
            String flat = setting.substring(SECTION.length());
            return value != null && isFlatKey(flat) && builtIn(context, key) && context.proceed(exporter + flat) == null
                    ? null // read under its flat key
                    : value;
        }
        if (value == null && isFlatKey(setting) && builtIn(context, key)) {
            return context.proceed(exporter + SECTION + setting);
        }
        return value;
    }

    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        Set<String> names = new LinkedHashSet<>();
        Iterator<String> all = context.iterateNames();
        while (all.hasNext()) {
            String name = all.next();
            Matcher key = EXPORTER_KEY.matcher(name);
            if (key.matches() && key.group(4).startsWith(SECTION)) {
                String flat = key.group(4).substring(SECTION.length());
                if (isFlatKey(flat) && builtIn(context, key) && context.proceed(key.group(1) + flat) == null) {
                    names.add(key.group(1) + flat);
                    continue;
                }
            }
            names.add(name);
        }
        return names.iterator();
    }

    /** A setting of a built-in exporter type that the proposal would write in the {@code config} section. */
    static boolean isFlatKey(String setting) {
        return SETTINGS.contains(setting) || (setting.startsWith(HEADERS) && setting.length() > HEADERS.length());
    }

    /** Whether the exporter's type, set or taken from its name, is built in for its signal. */
    private static boolean builtIn(ConfigSourceInterceptorContext context, Matcher key) {
        ConfigValue type = context.proceed(key.group(1) + "type");
        String exporterType = TelemetrySettings.exporterType(key.group(3).replace("\"", ""),
                Optional.ofNullable(type).map(ConfigValue::getValue));
        return (key.group(2).equals("metrics") ? TelemetrySettings.METRIC_EXPORTER_TYPES
                : TelemetrySettings.SPAN_EXPORTER_TYPES).contains(exporterType);
    }
}
