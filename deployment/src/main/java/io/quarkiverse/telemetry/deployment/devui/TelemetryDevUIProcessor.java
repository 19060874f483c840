package io.quarkiverse.telemetry.deployment.devui;

import io.quarkiverse.telemetry.deployment.operations.InventoryJson;
import io.quarkiverse.telemetry.deployment.plugin.TelemetryInventoryBuildItem;
import io.quarkiverse.telemetry.runtime.devui.LiveMetricsReader;
import io.quarkiverse.telemetry.runtime.devui.RecentSpans;
import io.quarkiverse.telemetry.runtime.devui.TelemetryJsonRPCService;
import io.quarkiverse.telemetry.runtime.health.ExporterStates;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/**
 * The Dev UI's Telemetry card (dev mode only): the plugins and modules with their instruments, from the build's
 * inventory, and their live values; each plugin's last spans; the exporters' states. The inventory is build-time
 * data; what changes comes over JSON-RPC ({@link TelemetryJsonRPCService}), as Quarkus' own cards do.
 */
class TelemetryDevUIProcessor {

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    CardPageBuildItem card(TelemetryInventoryBuildItem inventory) {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addBuildTimeData("inventory", InventoryJson.tree(inventory.getPlugins()),
                "What each plugin's code creates, read from its bytecode by the build");
        card.addPage(Page.webComponentPageBuilder().title("Plugins").icon("font-awesome-solid:puzzle-piece")
                .componentLink("qwc-telemetry-plugins.js").staticLabel(String.valueOf(inventory.getPlugins().size())));
        card.addPage(Page.webComponentPageBuilder().title("Spans").icon("font-awesome-solid:bars-staggered")
                .componentLink("qwc-telemetry-spans.js"));
        card.addPage(Page.webComponentPageBuilder().title("Exporters").icon("font-awesome-solid:heart-pulse")
                .componentLink("qwc-telemetry-exporters.js"));
        return card;
    }

    @BuildStep(onlyIf = IsLocalDevelopment.class)
    JsonRPCProvidersBuildItem jsonRpcService() {
        return new JsonRPCProvidersBuildItem(TelemetryJsonRPCService.class);
    }

    /** What the service reads: a reader of the SDK's metrics and a keeper of recent spans, in dev mode only. */
    @BuildStep(onlyIf = IsLocalDevelopment.class)
    AdditionalBeanBuildItem liveDataBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(LiveMetricsReader.class, RecentSpans.class, ExporterStates.class).setUnremovable()
                .build();
    }
}
