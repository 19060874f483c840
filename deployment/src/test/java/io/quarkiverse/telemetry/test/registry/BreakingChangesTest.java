package io.quarkiverse.telemetry.test.registry;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Against the registry of a previous release ({@code registry-baseline}, 1.3.0), with
 * {@code telemetry.registry.breaking-changes=fail}, the build fails listing every breaking change at once, each by
 * plugin and instrument or span with both versions: metrics gone (one with a likely new name), an instrument, a unit
 * and buckets changed, an attribute key no longer recorded, spans gone or of another kind, a whole plugin gone. What
 * is not a breaking change is not reported: a metric the baseline deprecated, now gone; metrics and keys added; a unit
 * or attribute keys the build cannot see.
 */
public class BreakingChangesTest {

    static final Path BASELINE = ShopRelease.BASELINE;

    @RegisterExtension
    static final QuarkusUnitTest app = ShopRelease.build()
            .overrideConfigKey("telemetry.registry.baseline", BASELINE.toString())
            .overrideConfigKey("telemetry.registry.breaking-changes", "fail")
            .assertException(Failures.failsWith(
                    "9 breaking change(s) of the telemetry from 1.3.0 (" + BASELINE + ") to 1.4.0, which dashboards,"
                            + " alerts and queries built on 1.3.0 would notice:\n"
                            + "- plugin 'orders', metric 'orders.cancelled': removed (1.3.0: counter in '{order}';"
                            + " 1.4.0: none); mark it deprecated for a release first (MetricOptions.deprecated or"
                            + " renamedTo)\n"
                            + "- plugin 'orders', metric 'orders.latency': its histogram buckets changed (1.3.0:"
                            + " [0.01, 0.1, 1.0]; 1.4.0: [0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128,"
                            + " 0.256, 0.512, 1.024, 2.048])\n"
                            + "- plugin 'orders', metric 'orders.placed': the attribute 'region' is no longer recorded"
                            + " (1.3.0: [region, result]; 1.4.0: [result])\n"
                            + "- plugin 'orders', metric 'orders.received': its instrument changed (1.3.0: histogram;"
                            + " 1.4.0: counter)\n"
                            + "- plugin 'orders', metric 'orders.served': removed (1.3.0: counter; 1.4.0: none),"
                            + " renamed to 'orders.requests'? (new, also counter); mark it deprecated for a release"
                            + " first (MetricOptions.deprecated or renamedTo)\n"
                            + "- plugin 'orders', metric 'orders.wait': its unit changed (1.3.0: 'ms'; 1.4.0: 's')\n"
                            + "- plugin 'orders', span 'orders.checkout': removed (1.3.0: internal; 1.4.0: none)\n"
                            + "- plugin 'orders', span 'orders.payments.authorize': its kind changed (1.3.0: internal;"
                            + " 1.4.0: client)\n"
                            + "- plugin 'returns', metric 'returns.received': removed (1.3.0: counter; 1.4.0: none)"
                            + "; mark it deprecated for a release first (MetricOptions.deprecated or renamedTo)\n"
                            + "(telemetry.registry.breaking-changes=warn reports them as warnings instead)"));

    @Test
    void theBuildFailsListingEveryBreakingChange() {
    }
}
