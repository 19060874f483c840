import { html, css } from 'lit';
import { TelemetryPollingElement } from './telemetry-polling-element.js';
import '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';
import { inventory } from 'build-time-data';

/**
 * Each plugin and module with its instruments: what the build found in its code (kind, unit, attribute keys, where
 * it is created), with the values the SDK holds now; instruments the build could not see (names computed at run time)
 * are listed as first seen at run time.
 */
export class QwcTelemetryPlugins extends TelemetryPollingElement {

    static styles = css`
        .plugin { margin: 0 1em 1.5em 1em; }
        h3 { margin-bottom: 0.2em; }
        .meta { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
        .runtime { color: var(--lumo-warning-text-color); font-size: var(--lumo-font-size-s); }
        .values { white-space: pre-line; font-family: var(--lumo-font-family-monospace, monospace); }
    `;

    static properties = {
        _live: { state: true }
    };

    _refresh() {
        this.jsonRpc.getLiveMetrics().then(response => { this._live = response.result; });
    }

    render() {
        const live = this._live || [];
        const ids = new Set(inventory.plugins.map(plugin => plugin.id));
        live.forEach(plugin => ids.add(plugin.pluginId));
        return html`${[...ids].sort().map(id => this._plugin(id, inventory.plugins.find(p => p.id === id),
                live.find(p => p.pluginId === id)))}`;
    }

    _plugin(id, built, running) {
        const byName = new Map();
        (built ? built.instruments : []).forEach(instrument => byName.set(instrument.name.toLowerCase(),
                { ...instrument, points: [] }));
        (running ? running.instruments : []).forEach(instrument => {
            const known = byName.get(instrument.name.toLowerCase());
            if (known) {
                known.points = instrument.points;
            } else {
                byName.set(instrument.name.toLowerCase(), { name: instrument.name, kind: instrument.type,
                    unit: instrument.unit, attributes: [], points: instrument.points, runtimeOnly: true });
            }
        });
        const rows = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
        const modules = built && built.modules.length ? html` · modules: ${built.modules.join(', ')}` : '';
        return html`<div class="plugin">
            <h3>${id}</h3>
            <div class="meta">scope backstage-plugin-${id}${modules}</div>
            <vaadin-grid .items="${rows}" all-rows-visible theme="compact row-stripes">
                <vaadin-grid-column header="Instrument" width="22em" flex-grow="0" ${columnBodyRenderer(this._name, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Kind" path="kind" width="13em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Unit" path="unit" width="6em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Attribute keys" width="12em" flex-grow="0" ${columnBodyRenderer(this._keys, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Now" flex-grow="1" ${columnBodyRenderer(this._values, [])}></vaadin-grid-column>
            </vaadin-grid>
        </div>`;
    }

    _name(instrument) {
        return html`${instrument.name}${instrument.module ? html` <span class="meta">(${instrument.module})</span>` : ''}
            ${instrument.runtimeOnly ? html`<div class="runtime">first seen at run time</div>` : ''}`;
    }

    _keys(instrument) {
        return html`${instrument.attributes.map(attribute => attribute.key).join(', ')}`;
    }

    _values(instrument) {
        if (!instrument.points.length) {
            return html`<span class="meta">nothing recorded yet</span>`;
        }
        return html`<div class="values">${instrument.points.map(point =>
                (point.attributes ? point.attributes + ': ' : '') + point.value).join('\n')}</div>`;
    }
}
customElements.define('qwc-telemetry-plugins', QwcTelemetryPlugins);
