/** A test plugin whose code creates and records instruments in each way the inventory reads. */
@BackendPlugin("orders")
package io.quarkiverse.telemetry.test.inventory.orders;

import io.quarkiverse.telemetry.BackendPlugin;
