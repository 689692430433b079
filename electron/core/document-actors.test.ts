import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActor, toPromise, type AnyActorLogic } from 'xstate';
import { describe, expect, it } from 'vitest';
import { SimulatedA4Printer } from '../../hardware/a4-printer/simulated-a4-printer';
import { err, ok } from '../../hardware/result';
import type { CentralClient } from '../central-client/contract';
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import { openDocumentChoiceStore } from '../documents/document-choice-store';
import { createMemoryLogger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import { documentActors, type DocumentActorDependencies } from './document-actors';

/** A paper-out A4 printer holding one queued job, and the actors over it. */
async function setUp(options: { isCentralUp?: boolean } = {}) {
  const a4 = new SimulatedA4Printer();
  a4.setStatus({ kind: 'paper-out' });
  const queued = await a4.print(new TextEncoder().encode('%PDF certificate'), { title: 'kiosk-document-2026-000001' });
  if (!queued.ok) throw new Error('not queued');
  const store = openDocumentChoiceStore(join(mkdtempSync(join(tmpdir(), 'choices-')), 'document-choices.sqlite'));
  if (!store.ok) throw new Error(store.error.detail);
  const sent: unknown[] = [];
  const client: DocumentChoiceClient = {
    record: async (request) => {
      sent.push(request);
      return options.isCentralUp === false ? err({ kind: 'unreachable' }) : ok({ documentId: 'CRT-2026-000005', status: request.choice === 'post' ? 'to-post' : 'to-reprint' });
    },
  };
  const delays: number[] = [];
  const hooks: { onDelay?: () => void } = {};
  const logger = createMemoryLogger();
  const deps: DocumentActorDependencies = {
    printing: {
      central: {} as CentralClient, a4Printer: a4, kioskId: 'KIOSK-TEST-01', logger, waitMs: 2_000,
      renderPdf: async () => ok(new Uint8Array()),
      // each poll of the wait is one step of simulated time; a test may act between them
      follow: {
        pollMs: 500, patienceMs: 0,
        delay: async (ms) => {
          delays.push(ms);
          hooks.onDelay?.();
        },
      },
    },
    outbox: () => ({ get: () => ({ state: 'synced' }) }) as unknown as Outbox,
    syncNow: async () => {},
    store: store.value,
    sending: { client, standingOf: () => 'synced', logger },
    now: () => new Date('2026-03-04T10:00:00Z'),
    logger,
  };
  return { a4, jobId: queued.value.jobId, store: store.value, sent, delays, hooks, actors: documentActors(deps) };
}

function run<T extends AnyActorLogic>(logic: T, input: unknown) {
  const actor = createActor(logic, { input } as never);
  actor.start();
  return { actor, done: toPromise(actor) };
}

describe('the kiosk core\'s actors for a certificate that did not print', () => {
  it('given a person waiting and paper loaded meanwhile, then the kept job prints and the wait ends printed', async () => {
    const { a4, jobId, actors, delays, hooks } = await setUp();
    hooks.onDelay = () => a4.setStatus({ kind: 'ready' }); // staff load paper during the first pause
    expect(await run(actors.waitForDocument, { jobId }).done).toEqual({ kind: 'printed' });
    expect(a4.printed()).toHaveLength(1);
    expect(delays).toEqual([500]);
  });

  it('given the printer stays out of paper, then the wait ends after the bound the kiosk allows, with the job still queued', async () => {
    const { a4, jobId, actors, delays } = await setUp();
    expect(await run(actors.waitForDocument, { jobId }).done).toEqual({ kind: 'still-waiting' });
    expect(delays).toEqual([500, 500, 500, 500]);
    expect(await a4.jobState(jobId)).toMatchObject({ ok: true, value: { kind: 'pending' } });
  });

  it('given post is chosen, then the queued job is withdrawn first, the choice is kept with a reprint code and sent, and paper back prints nothing', async () => {
    const { a4, jobId, actors, store, sent } = await setUp();
    const output = await run(actors.recordDocumentChoice, { key: 'key-1', choice: 'post', jobId }).done;
    expect(output).toEqual({ choice: 'post', isRecorded: true, isSent: true, reprintCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/) });
    expect(sent).toEqual([{ key: 'key-1', choice: 'post', reprintCode: output.reprintCode }]);
    expect(store.get('key-1')?.state).toBe('sent');
    a4.setStatus({ kind: 'ready' });
    expect(a4.printed()).toEqual([]);
  });

  it('given the central is unreachable, then the choice is still recorded on the kiosk, queued to send, with the same code', async () => {
    const { jobId, actors, store } = await setUp({ isCentralUp: false });
    const output = await run(actors.recordDocumentChoice, { key: 'key-1', choice: 'reprint', jobId }).done;
    expect(output).toMatchObject({ choice: 'reprint', isRecorded: true, isSent: false });
    expect(store.listQueued(10)).toEqual([expect.objectContaining({ key: 'key-1', choice: 'reprint', reprintCode: output.reprintCode })]);
  });
});
