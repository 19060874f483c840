import { LitElement } from 'lit';
import { JsonRpc } from 'jsonrpc';

/**
 * What the Telemetry pages share: a JSON-RPC client and a refresh every 3 seconds while the page is shown. A page
 * implements _refresh().
 */
export class TelemetryPollingElement extends LitElement {

    jsonRpc = new JsonRpc(this);

    connectedCallback() {
        super.connectedCallback();
        this._refresh();
        this._timer = setInterval(() => this._refresh(), 3000);
    }

    disconnectedCallback() {
        clearInterval(this._timer);
        super.disconnectedCallback();
    }
}
