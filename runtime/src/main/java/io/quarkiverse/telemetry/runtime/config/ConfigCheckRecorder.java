package io.quarkiverse.telemetry.runtime.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.Recorder;

/** Run-time init: checks the {@code telemetry.*} keys the application is started with. */
@Recorder
public class ConfigCheckRecorder {

    private static final Logger LOG = Logger.getLogger(ConfigCheckRecorder.class);

    /** Warns, in one message, of the {@code telemetry.*} keys that configure nothing. */
    public void warnOfUnknownKeys(List<String> keyPatterns, Set<String> pluginIds) {
        Set<String> unknown = new UnknownKeys(keyPatterns, pluginIds)
                .in(ConfigProvider.getConfig().getPropertyNames());
        if (!unknown.isEmpty()) {
            LOG.warnf("These telemetry keys configure nothing and are ignored (a typo, or a plugin this application"
                    + " does not have; plugins: %s): %s", new TreeSet<>(pluginIds), String.join(", ", unknown));
        }
    }
}
