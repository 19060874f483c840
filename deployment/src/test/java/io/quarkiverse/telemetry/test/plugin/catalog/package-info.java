/** A test plugin declared on its package. */
@BackendPlugin("catalog")
package io.quarkiverse.telemetry.test.plugin.catalog;

import io.quarkiverse.telemetry.BackendPlugin;
