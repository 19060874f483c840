/** The scaffolder plugin: runs templates as tasks. Every class here gets the scaffolder's telemetry. */
@BackendPlugin("scaffolder")
package io.quarkiverse.telemetry.it.scaffolder;

import io.quarkiverse.telemetry.BackendPlugin;
