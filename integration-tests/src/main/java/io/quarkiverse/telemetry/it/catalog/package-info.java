/** The catalog plugin: every class here gets the catalog's telemetry. */
@BackendPlugin("catalog")
package io.quarkiverse.telemetry.it.catalog;

import io.quarkiverse.telemetry.BackendPlugin;
