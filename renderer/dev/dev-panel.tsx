// Browser dev mode only: drives the simulated devices so a maintainer can walk every path.
// It is for developers, so it is English only and outside the screens' translations.
import { useEffect, useState, type ReactElement } from 'react';
import { keypadKeyNames, paymentOutcomeKinds, printerStatusKinds } from '../../electron/bridge/ws-protocol';
import type { DevClient, DevState } from './dev-client';

export function DevPanel({ client }: { readonly client: DevClient }): ReactElement | null {
  const [state, setState] = useState<DevState | undefined>(undefined);
  const [holder, setHolder] = useState('resident');
  const [printer, setPrinter] = useState<(typeof printerStatusKinds)[number]>('ready');
  const [key, setKey] = useState<(typeof keypadKeyNames)[number]>('enter');
  useEffect(() => client.onState(setState), [client]);
  if (!state) return null;
  return (
    <aside className="dev-panel" lang="en" dir="ltr" aria-label="Developer panel">
      <details>
        <summary className="dev-panel__summary">DEV</summary>
        <div className="dev-panel__body">
          <fieldset>
            <legend>Card</legend>
            <select aria-label="Card holder" data-dev="holder" value={holder} onChange={(event) => setHolder(event.target.value)}>
              {state.holders.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <button type="button" data-dev="card-insert" onClick={() => client.send({ command: 'card.insert', holder })}>
              Insert
            </button>
            <button type="button" data-dev="card-remove" onClick={() => client.send({ command: 'card.remove' })}>
              Remove
            </button>
          </fieldset>
          <fieldset>
            <legend>Next payment</legend>
            {paymentOutcomeKinds.map((outcome) => (
              <button key={outcome} type="button" data-dev={`payment-${outcome}`} onClick={() => client.send({ command: 'payment.next', outcome })}>
                {outcome}
              </button>
            ))}
          </fieldset>
          <fieldset>
            <legend>Printer</legend>
            <select aria-label="Printer status" data-dev="printer" value={printer} onChange={(event) => setPrinter(event.target.value as typeof printer)}>
              {printerStatusKinds.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
            <button type="button" data-dev="printer-set" onClick={() => client.send({ command: 'printer.status', status: printer })}>
              Set
            </button>
          </fieldset>
          <fieldset>
            <legend>Keypad and headphones</legend>
            <select aria-label="Keypad key" data-dev="key" value={key} onChange={(event) => setKey(event.target.value as typeof key)}>
              {keypadKeyNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <button type="button" data-dev="key-press" onClick={() => client.send({ command: 'keypad.press', key })}>
              Press
            </button>
            <button type="button" data-dev="headphones-plug" onClick={() => client.send({ command: 'headphones.plug' })}>
              Plug in
            </button>
            <button type="button" data-dev="headphones-unplug" onClick={() => client.send({ command: 'headphones.unplug' })}>
              Unplug
            </button>
          </fieldset>
          <output data-dev="reply">{state.lastReply ?? ''}</output>
        </div>
      </details>
    </aside>
  );
}
