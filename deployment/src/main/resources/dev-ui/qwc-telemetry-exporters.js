import { html, css } from 'lit';
import { TelemetryPollingElement } from './telemetry-polling-element.js';
import '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/** Whether the SDK is bound, and each exporter's state, as the health checks report them. */
export class QwcTelemetryExporters extends TelemetryPollingElement {

    static styles = css`
        :host { display: block; margin: 0 1em; }
        .up { color: var(--lumo-success-text-color); }
        .down { color: var(--lumo-error-text-color); }
    `;

    static properties = {
        _state: { state: true }
    };

    _refresh() {
        this.jsonRpc.getExporters().then(response => { this._state = response.result; });
    }

    render() {
        if (!this._state) {
            return html`<p>Loading…</p>`;
        }
        return html`
            <p>SDK: ${this._state.sdk}</p>
            <vaadin-grid .items="${this._state.exporters}" all-rows-visible theme="compact row-stripes">
                <vaadin-grid-column header="Exporter" path="name" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="State" flex-grow="1" ${columnBodyRenderer(exporter =>
                    html`<span class="${exporter.up ? 'up' : 'down'}">${exporter.detail}</span>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-telemetry-exporters', QwcTelemetryExporters);
