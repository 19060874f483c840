package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.Failures;
import io.quarkiverse.telemetry.test.plugin.accounts.Signups;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With {@code telemetry.cardinality-guard.fail=true} the findings fail the build, all in one error; the key list is
 * the application's to choose ({@code email} left out here).
 */
public class UnboundedAttributeKeysFailTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Signups.class))
            .overrideConfigKey("telemetry.cardinality-guard.fail", "true")
            .overrideConfigKey("telemetry.cardinality-guard.unbounded-keys", "user,*.id")
            .assertException(Failures.failsWith("quarkus-telemetry found 3 problem(s):",
                    "- Attribute 'user' is recorded on instrument 'accounts.signups' of plugin 'accounts' in "
                            + Signups.class.getName() + ".signedUp: such a key usually takes one value per user,"
                            + " entity or request, and each value is a series of its own (memory and scrape grow"
                            + " without bound); put it on a span instead, or record a bounded value"
                            + " (telemetry.cardinality-guard.unbounded-keys lists the keys checked)",
                    "- Attribute 'entity.id' is recorded on instrument 'accounts.signups'",
                    "- Attribute 'session.id' is recorded on instrument 'accounts.signups'"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
