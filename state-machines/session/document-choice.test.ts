import { describe, expect, it } from 'vitest';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { certificateWorld, fakeCore, jammed, paidCertificate, paperOut } from '../testing/document-session';
import { testTimeouts } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);

describe('a paid certificate the A4 printer could not print', () => {
  it('given paper ran out, then the person is shown the problem with wait, reprint and post; when post is chosen, it is recorded at the central, the queued job is withdrawn and the receipt says post', async () => {
    const world = certificateWorld();
    const { core, actors } = fakeCore(paperOut);
    const { actor, until } = await paidCertificate(world, actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    expect(actor.getSnapshot().context.document).toEqual(paperOut);

    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'post' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(core.kept).toEqual([{ key: 'key-1', choice: 'post', jobId: 17 }]);
    expect(core.atCentral).toEqual([{ key: 'key-1', choice: 'post' }]);
    expect(core.receipts).toEqual([{ outcome: paperOut, choice: { choice: 'post', isRecorded: true, isSent: true, reprintCode: 'K7QM-3XWD' } }]);
    expect(world.paidRequests).toHaveLength(1);
  });

  it('given a jam, when the person waits and staff clear it, then the kept job prints and the receipt follows with the document printed', async () => {
    const world = certificateWorld();
    const { core, actors } = fakeCore(jammed);
    const { actor, until } = await paidCertificate(world, actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    await until((s) => s.matches({ main: { signedIn: { document: 'waiting' } } }));
    await until(() => core.printerBack !== undefined);
    core.printerBack?.({ kind: 'printed' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(actor.getSnapshot().context.document).toEqual({ kind: 'printed', documentId: 'CRT-2026-000005' });
    expect(core.kept).toEqual([]);
    expect(core.receipts).toEqual([{ outcome: { kind: 'printed', documentId: 'CRT-2026-000005' } }]);
  });

  it('given the wait the kiosk allows runs out, then waiting is no longer offered and reprint or post remain, with the job still queued to withdraw', async () => {
    const { core, actors } = fakeCore(paperOut);
    const { actor, until } = await paidCertificate(certificateWorld(), actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    await until(() => core.printerBack !== undefined);
    core.printerBack?.({ kind: 'still-waiting' });
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    expect(actor.getSnapshot().context.document).toMatchObject({ problem: { actions: ['reprint', 'post'], jobId: 17, isWaitOver: true } });
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    expect(actor.getSnapshot().matches({ main: { signedIn: { document: 'choosing' } } })).toBe(true);
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'reprint' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(core.kept).toEqual([{ key: 'key-1', choice: 'reprint', jobId: 17 }]);
  });

  it('given the person stops waiting, then the choice is offered again and the wait can start again', async () => {
    const { core, actors } = fakeCore(paperOut);
    const { actor, until } = await paidCertificate(certificateWorld(), actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    actor.send({ type: 'DOCUMENT.STOP_WAITING' });
    expect(actor.getSnapshot().matches({ main: { signedIn: { document: 'choosing' } } })).toBe(true);
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' });
    await until(() => core.waitsStarted === 2);
  });

  it('given the central is down when post is chosen, then the choice is kept on the kiosk, the session goes on to the receipt, and the next sync delivers it, with one payment only', async () => {
    const world = certificateWorld();
    const { core, actors } = fakeCore({ kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'not-available', actions: ['reprint', 'post'] } }, { isCentralUp: false });
    const { actor, until } = await paidCertificate(world, actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'wait' }); // not offered when the printer cannot be fixed by staff
    actor.send({ type: 'DOCUMENT.CHOSEN', choice: 'post' });
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(actor.getSnapshot().context.documentChoice).toEqual({ choice: 'post', isRecorded: true, isSent: false, reprintCode: 'K7QM-3XWD' });
    expect(core.atCentral).toEqual([]);
    core.isCentralUp = true;
    core.flush();
    core.flush();
    expect(core.atCentral).toEqual([{ key: 'key-1', choice: 'post' }]);
    expect(world.paidRequests).toHaveLength(1);
  });

  it('given the person pulls the card without choosing, then the document is kept for a reprint (job withdrawn) before the session ends, and no receipt prints for nobody', async () => {
    const { core, actors } = fakeCore(paperOut);
    const { actor, until } = await paidCertificate(certificateWorld(), actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    actor.send({ type: 'CARD.REMOVED' });
    await until((s) => s.matches({ main: 'cardRemoved' }));
    expect(core.kept).toEqual([{ key: 'key-1', choice: 'reprint', jobId: 17 }]);
    expect(core.receipts).toEqual([]);
  });

  it('given the person walks away and the session times out, then the document is kept for a reprint and the receipt with the reprint code prints', async () => {
    const { core, actors } = fakeCore(paperOut);
    const { clock, until } = await paidCertificate(certificateWorld(), actors, services);
    await until((s) => s.matches({ main: { signedIn: { document: 'choosing' } } }));
    clock.increment(testTimeouts.idleMs);
    clock.increment(testTimeouts.warningMs);
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(core.kept).toEqual([{ key: 'key-1', choice: 'reprint', jobId: 17 }]);
    expect(core.receipts[0]?.choice).toMatchObject({ choice: 'reprint', reprintCode: 'K7QM-3XWD' });
  });

  it('given the certificate printed, then no choice is offered and the receipt follows', async () => {
    const { core, actors } = fakeCore({ kind: 'printed', documentId: 'CRT-2026-000005' });
    const { until } = await paidCertificate(certificateWorld(), actors, services);
    await until((s) => s.matches({ main: 'takeCard' }));
    expect(core.kept).toEqual([]);
    expect(core.receipts).toEqual([{ outcome: { kind: 'printed', documentId: 'CRT-2026-000005' } }]);
  });
});
