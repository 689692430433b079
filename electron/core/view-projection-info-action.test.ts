import { describe, expect, it } from 'vitest';
import { UiEvent, View } from '../bridge/contract';
import { controlsOf } from '../keypad/controls';
import type { InfoRow } from '../../state-machines/domain';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };
const posted: InfoRow = { labelKey: 'central:request.certificate', labelValues: { number: 'REQ-2026-000901' }, statusKey: 'central:status.document-by-post' };
const ready: InfoRow = {
  labelKey: 'central:request.certificate',
  labelValues: { number: 'REQ-2026-000900' },
  statusKey: 'central:status.document-ready-to-print',
  action: { kind: 'reprint-document', serviceId: 'certificate', documentId: 'REQ-2026-000900' },
};
const reprinted: InfoRow = { labelKey: ready.labelKey, labelValues: ready.labelValues, statusKey: 'central:status.document-reprinted' };

/** Signed in, my-requests open on the central's rows; the core's printing held until `release`. */
async function myRequests(outcome: 'reprinted' | 'reprint-failed') {
  let release = () => {};
  const world = makeWorld({ info: [posted, ready], infoOutcome: outcome, infoGate: new Promise<void>((resolve) => (release = resolve)) });
  const s = startSession(world, services);
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
  s.send({ type: 'SERVICE.CHOSEN', serviceId: 'my-requests' });
  await s.untilFlow('info.showing');
  const view = () => View.parse(projectView(s.actor.getSnapshot(), settings));
  return { s, world, view, release };
}

describe('my-requests on screen: printing a kept certificate here', () => {
  it('given a kept certificate among the rows, then only its row carries the print action, and the keypad reaches it said with its request and status', async () => {
    const { view } = await myRequests('reprinted');
    const shown = view();
    expect(shown.info?.map((row) => row.action)).toEqual([undefined, { kind: 'reprint-document' }]);
    expect(shown.infoAction).toBeUndefined();
    const control = controlsOf(shown).find((c) => c.id === 'info-action-1');
    expect(control?.activate).toEqual({ type: 'INFO.ACTION', index: 1 });
    expect(control?.label.at(-1)).toMatchObject({ kind: 'text', text: { key: 'screens:info.reprint' } });
    expect(controlsOf(shown).some((c) => c.id === 'info-action-0')).toBe(false);
  });

  it('given Print is pressed, then the session hands it to the flow: the screen says printing with no way out until it ends, then printed, and the reloaded row no longer offers printing', async () => {
    const { s, world, view, release } = await myRequests('reprinted');
    s.send({ type: 'INFO.ACTION', index: 1 });
    await s.untilFlow('info.acting');
    expect(world.infoActions).toEqual([{ holderId: expect.any(String), action: ready.action }]);
    expect(view()).toMatchObject({ screen: 'info', infoAction: 'printing', message: { key: 'screens:info.reprinting' }, canGoBack: false, canCancel: false });
    expect(controlsOf(view()).find((c) => c.id === 'info-action-1')?.isDisabled).toBe(true);
    s.send({ type: 'BACK' });
    expect(s.flowState()).toBe('info.acting');
    world.info = [posted, reprinted];
    release();
    await s.untilFlow('info.showing');
    expect(view()).toMatchObject({ screen: 'info', infoAction: 'reprinted', message: { key: 'screens:info.reprinted' }, canGoBack: true });
    expect(view().info?.[1]).toEqual({ label: expect.anything(), status: { key: 'central:status.document-reprinted', values: {} } });
  });

  it('given the printer here fails, then the screen says it did not print and is still kept, and the row still offers printing', async () => {
    const { s, view, release } = await myRequests('reprint-failed');
    s.send({ type: 'INFO.ACTION', index: 1 });
    release();
    await s.untilFlow('info.showing');
    expect(view()).toMatchObject({ infoAction: 'reprint-failed', message: { key: 'screens:info.reprint-failed' } });
    expect(view().info?.[1]?.action).toEqual({ kind: 'reprint-document' });
  });

  it('given a row index out of bounds or not a whole number, then the bridge refuses the event', () => {
    expect(UiEvent.safeParse({ type: 'INFO.ACTION', index: 1 }).success).toBe(true);
    for (const index of [-1, 201, 1.5, '1']) expect(UiEvent.safeParse({ type: 'INFO.ACTION', index }).success, String(index)).toBe(false);
  });
});
