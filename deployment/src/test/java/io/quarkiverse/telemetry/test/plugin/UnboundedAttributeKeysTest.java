package io.quarkiverse.telemetry.test.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.telemetry.test.plugin.accounts.Signups;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The build warns, one line each naming the key, the instrument, the plugin and the method (by instrument, then key),
 * of keys that usually take unbounded values recorded on a plugin's metric instruments, however the attribute set is
 * built; bounded keys and span attributes are not reported, and the application runs.
 */
public class UnboundedAttributeKeysTest {

    private static final String IN = " of plugin 'accounts' in " + Signups.class.getName() + ".signedUp: ";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Signups.class))
            .setLogRecordPredicate(record -> record.getLoggerName().endsWith("CardinalityGuardProcessor"))
            .assertLogRecords(records -> assertEquals(List.of(
                    "Attribute 'email' is recorded on instrument 'accounts.signup.duration'" + IN,
                    "Attribute 'entity.id' is recorded on instrument 'accounts.signups'" + IN,
                    "Attribute 'session.id' is recorded on instrument 'accounts.signups'" + IN,
                    "Attribute 'user' is recorded on instrument 'accounts.signups'" + IN),
                    records.stream().map(record -> record.getMessage().substring(0,
                            record.getMessage().indexOf(": ") + 2)).toList()));

    @Inject
    Signups signups;

    @Test
    void theApplicationRuns() {
        signups.signedUp("alice", 0.2);
    }
}
