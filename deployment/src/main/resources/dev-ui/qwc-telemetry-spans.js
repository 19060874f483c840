import { html, css } from 'lit';
import { TelemetryPollingElement } from './telemetry-polling-element.js';
import '@vaadin/grid';
import '@vaadin/select';

/** Each plugin's last spans (those carrying backstage.plugin.id), latest first. */
export class QwcTelemetrySpans extends TelemetryPollingElement {

    static styles = css`
        :host { display: flex; flex-direction: column; gap: 0.5em; margin: 0 1em; }
    `;

    static properties = {
        _plugins: { state: true },
        _plugin: { state: true },
        _spans: { state: true }
    };

    _refresh() {
        this.jsonRpc.getPluginsWithSpans().then(response => {
            this._plugins = response.result;
            if (!this._plugin && this._plugins.length) {
                this._plugin = this._plugins[0];
            }
            if (this._plugin) {
                this.jsonRpc.getRecentSpans({ pluginId: this._plugin }).then(spans => { this._spans = spans.result; });
            }
        });
    }

    render() {
        if (!this._plugins || !this._plugins.length) {
            return html`<p>No plugin has ended a span yet.</p>`;
        }
        return html`
            <vaadin-select label="Plugin" .value="${this._plugin}"
                .items="${this._plugins.map(id => ({ label: id, value: id }))}"
                @value-changed="${e => { this._plugin = e.detail.value; this._refresh(); }}"></vaadin-select>
            <vaadin-grid .items="${this._spans || []}" all-rows-visible theme="compact row-stripes wrap-cell-content">
                <vaadin-grid-column header="Span" path="name" width="12em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Start" path="start" width="8em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="ms" path="durationMillis" width="6em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Status" path="status" width="6em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Trace" path="traceId" width="18em" flex-grow="0"></vaadin-grid-column>
                <vaadin-grid-column header="Attributes" path="attributes" flex-grow="1"></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-telemetry-spans', QwcTelemetrySpans);
