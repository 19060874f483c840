/** A test module of the catalog plugin, declared on its package. */
@BackendPluginModule(pluginId = "catalog", moduleId = "github")
package io.quarkiverse.telemetry.test.plugin.catalog.github;

import io.quarkiverse.telemetry.BackendPluginModule;
