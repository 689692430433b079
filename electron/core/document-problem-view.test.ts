import { waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { certificateWorld, fakeCore, paidCertificate, paperOut } from '../../state-machines/testing/document-session';
import type { DocumentOutcome } from '../../state-machines/session/session-types';
import { controlsOf } from '../keypad/controls';
import { describeView } from '../speech/describe-view';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };

async function onProblem(printed: DocumentOutcome, options: { isCentralUp?: boolean } = {}) {
  const { core, actors } = fakeCore(printed, options);
  const session = await paidCertificate(certificateWorld(), actors, services);
  await session.until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
  const viewOf = () => View.parse(projectView(session.actor.getSnapshot(), settings));
  return { ...session, core, viewOf };
}

describe('the view of a paid certificate that did not print', () => {
  it('given paper out, then the problem screen says why, names the certificate and the reference, and offers wait, reprint and post, each reachable by the keypad', async () => {
    const { viewOf } = await onProblem(paperOut);
    const view = viewOf();
    expect(view).toMatchObject({ screen: 'document-problem', title: { key: 'screens:document-problem.title' }, canGoBack: false, canCancel: false });
    expect(view.documentProblem).toEqual({ reason: 'paper-out', documentId: 'CRT-2026-000005', reference: '2026-000001', actions: ['wait', 'reprint', 'post'], isWaiting: false, isWaitOver: false });
    expect(controlsOf(view).map((c) => [c.id, c.activate])).toEqual(expect.arrayContaining([
      ['document-wait', { type: 'DOCUMENT.CHOSEN', choice: 'wait' }],
      ['document-reprint', { type: 'DOCUMENT.CHOSEN', choice: 'reprint' }],
      ['document-post', { type: 'DOCUMENT.CHOSEN', choice: 'post' }],
    ]));
  });

  it('given the problem screen, then speech says why, that the certificate is kept, its number (personal: headphones only), and asks what to do', async () => {
    const { viewOf } = await onProblem(paperOut);
    const said = describeView(viewOf(), () => false);
    expect(said).toEqual(expect.arrayContaining([
      { kind: 'text', text: { key: 'documents:printer-problem.paper-out', values: {} }, content: 'public' },
      { kind: 'text', text: { key: 'documents:printer-problem.kept', values: {} }, content: 'public' },
      { kind: 'plain', value: 'CRT-2026-000005', content: 'personal', isSpelled: true },
      { kind: 'text', text: { key: 'documents:printer-problem.choose', values: {} }, content: 'public' },
    ]));
  });

  it('given the person waits, then the screen says so and offers only to stop waiting', async () => {
    const { actor, viewOf, until } = await onProblem(paperOut);
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    await until((s) => s.matches({ main: { signedIn: { document: 'waiting' } } }));
    expect(viewOf().documentProblem).toMatchObject({ isWaiting: true });
    expect(controlsOf(viewOf()).filter((c) => c.id.startsWith('document-')).map((c) => c.id)).toEqual(['document-stop-waiting']);
  });

  it('given post chosen, then take card says the certificate goes by post', async () => {
    const { actor, viewOf, until } = await onProblem(paperOut);
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'post' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(viewOf()).toMatchObject({ screen: 'take-card', message: { key: 'services:certificate.document-post', values: { reference: '2026-000001' } } });
  });

  it('given reprint chosen while the central is down, then take card gives the reprint code anyway (the kiosk keeps the choice)', async () => {
    const { actor, viewOf, until } = await onProblem(paperOut, { isCentralUp: false });
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'reprint' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(viewOf().message).toEqual({ key: 'services:certificate.document-reprint', values: { reference: '2026-000001', reprintCode: 'K7QM-3XWD' } });
  });

  it('given the central had not issued the certificate, then the reason says so and no number is shown', async () => {
    const { viewOf } = await onProblem({ kind: 'pending', problem: { reason: 'not-issued', actions: ['reprint', 'post'] } });
    expect(viewOf().documentProblem).toEqual({ reason: 'not-issued', reference: '2026-000001', actions: ['reprint', 'post'], isWaiting: false, isWaitOver: false });
  });

  it('given the certificate printed, then take card says to take it from the A4 printer', async () => {
    const { core, actors } = fakeCore({ kind: 'printed', documentId: 'CRT-2026-000005' });
    const { actor } = await paidCertificate(certificateWorld(), actors, services);
    await waitFor(actor, (s) => s.matches({ main: 'takeCard' }));
    expect(View.parse(projectView(actor.getSnapshot(), settings)).message).toEqual({ key: 'services:certificate.document-printed', values: {} });
    expect(core.kept).toEqual([]);
  });
});
