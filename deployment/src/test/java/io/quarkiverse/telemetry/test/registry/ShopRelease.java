package io.quarkiverse.telemetry.test.registry;

import java.nio.file.Path;

import io.quarkiverse.telemetry.test.inventory.billing.Invoices;
import io.quarkiverse.telemetry.test.inventory.orders.OrderProcessing;
import io.quarkiverse.telemetry.test.inventory.orders.payments.Payments;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The application the registry tests build: the inventory tests' plugins (orders with its payments module, billing),
 * released as 1.4.0; its previous release's registry, 1.3.0, is {@link #BASELINE}.
 */
final class ShopRelease {

    /** The registry of release 1.3.0, written by hand. */
    static final Path BASELINE = Path.of("src", "test", "resources", "registry-baseline").toAbsolutePath();

    private ShopRelease() {
    }

    /** A build of release 1.4.0. */
    static QuarkusUnitTest build() {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addPackage(OrderProcessing.class.getPackage())
                        .addPackage(Payments.class.getPackage()).addClasses(Invoices.class, ShopRelease.class))
                .overrideConfigKey("quarkus.application.version", "1.4.0");
    }
}
