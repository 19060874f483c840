/** A test module of the orders plugin. */
@BackendPluginModule(pluginId = "orders", moduleId = "payments")
package io.quarkiverse.telemetry.test.inventory.orders.payments;

import io.quarkiverse.telemetry.BackendPluginModule;
