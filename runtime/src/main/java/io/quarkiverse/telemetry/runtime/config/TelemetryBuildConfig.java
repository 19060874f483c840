package io.quarkiverse.telemetry.runtime.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the build checks in the plugins' code and the files it writes for operators: read when the application is built,
 * not when it starts.
 */
@ConfigMapping(prefix = "telemetry")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface TelemetryBuildConfig {

    /** The build's check of the attribute keys plugins record on metric instruments. */
    CardinalityGuard cardinalityGuard();

    /** The files the build writes for operators, from what it finds in the plugins' code. */
    OperationsFiles operationsFiles();

    /**
     * The application's telemetry as an OpenTelemetry Weaver semantic-convention registry, written to
     * {@code registry/} among the files for operators.
     */
    Registry registry();

    interface Registry {

        /**
         * The base of the registry's {@code schema_url}, which identifies it to Weaver: the application's version is
         * added to it. By default {@code https://telemetry.invalid/<quarkus.application.name>}; set your
         * organisation's URL before publishing the registry.
         */
        Optional<URI> schemaBaseUrl();

        /**
         * The registry of a previous release to compare this build's with, reporting each breaking change per plugin
         * and instrument: a metric or span gone (unless the baseline marked it deprecated), a metric's instrument or
         * unit changed, an attribute key no longer recorded, a histogram's buckets changed. Either a path (a
         * directory, or a {@code .zip} or {@code .jar}, holding the registry's {@code manifest.yaml}) or Maven
         * coordinates {@code groupId:artifactId:version[:classifier[:extension]]}, by default classifier
         * {@code telemetry-registry} and extension {@code zip}, resolved as the build's own dependencies are. Unset,
         * nothing is compared.
         */
        Optional<String> baseline();

        /** What a breaking change against the baseline does to the build. */
        @WithDefault("warn")
        BreakingChanges breakingChanges();
    }

    /** What a breaking change against the baseline registry does to the build. */
    enum BreakingChanges {
        /** Each is logged as a warning of the build. */
        WARN,
        /** The build fails, listing them all. */
        FAIL
    }

    interface OperationsFiles {

        /**
         * Whether the build writes them: the telemetry inventory ({@code inventory.json}), Prometheus rules
         * ({@code prometheus-rules.yml}), Grafana dashboards ({@code grafana/<plugin>.json}) and the telemetry
         * registry ({@code registry/}).
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The directory they are written to; a relative path is taken from the build's output directory (Maven's
         * {@code target}).
         */
        @WithDefault("telemetry")
        Path directory();

        /** The alerting rules generated in {@code prometheus-rules.yml}. */
        Alerts alerts();
    }

    interface Alerts {

        /**
         * The values of a result-style attribute ({@code result}, {@code outcome} or {@code status}) that count as
         * failures in the error-ratio alerts.
         */
        @WithDefault("error,errors,failed,failure")
        List<String> errorResults();

        /** The share of failures among a counter's increments, over 5 minutes, above which its error alert fires. */
        @WithDefault("0.05")
        double errorRatio();

        /** How long a counter of scheduled work may stay flat before its stall alert fires. */
        @WithDefault("15m")
        Duration stalledAfter();
    }

    interface CardinalityGuard {

        /**
         * Whether the build looks, in the classes of each plugin, for constant attribute keys that usually take one
         * value per user, entity or request (each value a series of its own) recorded on a metric instrument, and
         * reports each with its class, instrument and key.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The attribute keys reported, {@code *} standing for any characters, such as {@code user} or {@code *.id}.
         */
        @WithDefault("user,user.*,*.user,email,*.email,id,*.id,*_id,uuid,*.uuid,url.full,url.path,url.query,http.url,"
                + "http.target,db.statement,db.query.text,exception.message")
        List<String> unboundedKeys();

        /** Whether a finding fails the build; otherwise each is a warning of the build. */
        @WithDefault("false")
        boolean fail();
    }
}
