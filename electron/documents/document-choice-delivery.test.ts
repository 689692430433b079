import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../hardware/result';
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import type { DocumentChoiceRequest } from '../central-client/document-choice-wire';
import type { CentralError } from '../central-client/contract';
import { createMemoryLogger } from '../log/logger';
import { openDocumentChoiceStore } from './document-choice-store';
import { makeReprintCode } from './reprint-code';
import { sendQueuedChoices, type TransactionStanding } from './send-document-choices';

const now = new Date('2026-03-04T10:00:00Z');
const storePath = () => join(mkdtempSync(join(tmpdir(), 'choices-')), 'document-choices.sqlite');

function openStore(path = storePath()) {
  const store = openDocumentChoiceStore(path);
  if (!store.ok) throw new Error(store.error.detail);
  return store.value;
}

/** A central that answers from a script, then records every request. */
function fakeCentral(answers: ({ ok: false; error: CentralError } | 'ok')[] = []) {
  const received: DocumentChoiceRequest[] = [];
  const client: DocumentChoiceClient = {
    async record(request) {
      received.push(request);
      const next = answers.shift() ?? 'ok';
      return next === 'ok' ? ok({ documentId: 'CRT-2026-000005', status: request.choice === 'post' ? 'to-post' : 'to-reprint' }) : err(next.error);
    },
  };
  return { client, received };
}

describe('the kiosk keeps a person\'s choice for a kept document until the central has it', () => {
  it('given a choice, when it is chosen again for the same payment, then the first record and its reprint code stand', () => {
    const store = openStore();
    const first = store.choose('key-1', 'post', () => 'K7QM-3XWD', now);
    const again = store.choose('key-1', 'reprint', () => 'H4RT-9PZC', now);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ key: 'key-1', choice: 'post', reprintCode: 'K7QM-3XWD', state: 'queued', attempts: 0 });
  });

  it('given the kiosk restarts, then a queued choice is still there to send', () => {
    const path = storePath();
    const store = openStore(path);
    store.choose('key-1', 'reprint', () => 'K7QM-3XWD', now);
    store.close();
    expect(openStore(path).listQueued(10).map((c) => c.key)).toEqual(['key-1']);
  });

  it('given the central is down, then the choice stays queued; when it is back, it is sent once and marked sent', async () => {
    const store = openStore();
    store.choose('key-1', 'post', () => 'K7QM-3XWD', now);
    const central = fakeCentral([{ ok: false, error: { kind: 'unreachable' } }, { ok: false, error: { kind: 'timeout' } }]);
    const deps = { store, client: central.client, standingOf: (): TransactionStanding => 'synced', logger: createMemoryLogger() };
    expect(await sendQueuedChoices(deps)).toEqual({ sent: 0, queued: 1, refused: 0 });
    expect(await sendQueuedChoices(deps)).toEqual({ sent: 0, queued: 1, refused: 0 });
    expect(await sendQueuedChoices(deps)).toEqual({ sent: 1, queued: 0, refused: 0 });
    expect(await sendQueuedChoices(deps)).toEqual({ sent: 0, queued: 0, refused: 0 });
    expect(central.received).toEqual(Array.from({ length: 3 }, () => ({ key: 'key-1', choice: 'post', reprintCode: 'K7QM-3XWD' })));
    expect(store.get('key-1')).toMatchObject({ state: 'sent', attempts: 3, answer: { status: 'to-post' } });
  });

  it('given the payment has not synced yet, then nothing is sent until it has', async () => {
    const store = openStore();
    store.choose('key-1', 'reprint', () => 'K7QM-3XWD', now);
    const central = fakeCentral();
    let standing: TransactionStanding = 'not-yet';
    const deps = { store, client: central.client, standingOf: () => standing, logger: createMemoryLogger() };
    await sendQueuedChoices(deps);
    expect(central.received).toEqual([]);
    standing = 'synced';
    expect(await sendQueuedChoices(deps)).toMatchObject({ sent: 1 });
  });

  it('given the central has not stored the key yet (404) or is busy (409), then the choice is tried again; a refusal for good (422) ends it', async () => {
    const store = openStore();
    store.choose('key-1', 'post', () => 'K7QM-3XWD', now);
    const central = fakeCentral([
      { ok: false, error: { kind: 'rejected', status: 404, reason: 'central:reason.not-found' } },
      { ok: false, error: { kind: 'rejected', status: 409, reason: 'central:reason.in-progress' } },
      { ok: false, error: { kind: 'rejected', status: 422, reason: 'central:reason.key-reused' } },
    ]);
    const logger = createMemoryLogger();
    const deps = { store, client: central.client, standingOf: (): TransactionStanding => 'synced', logger };
    for (let pass = 0; pass < 4; pass += 1) await sendQueuedChoices(deps);
    expect(central.received).toHaveLength(3);
    expect(store.get('key-1')?.state).toBe('refused');
    expect(logger.lines.map((l) => l.fields)).toEqual([
      { choice: 'post', outcome: 'queued', kind: 'rejected-404' },
      { choice: 'post', outcome: 'queued', kind: 'rejected-409' },
      { choice: 'post', outcome: 'refused', kind: 'central:reason.key-reused' },
    ]);
  });

  it('given the payment went dead (refunded), then its choice is dropped without asking the central', async () => {
    const store = openStore();
    store.choose('key-1', 'post', () => 'K7QM-3XWD', now);
    const central = fakeCentral();
    expect(await sendQueuedChoices({ store, client: central.client, standingOf: () => 'dead', logger: createMemoryLogger() })).toEqual({ sent: 0, queued: 0, refused: 1 });
    expect(central.received).toEqual([]);
  });

  it('given a file that is not a database, then opening it is a value naming the path, not a crash', () => {
    const path = storePath();
    writeFileSync(path, 'not sqlite at all, just text that is long enough to look like a header');
    const opened = openDocumentChoiceStore(path);
    expect(opened).toMatchObject({ ok: false, error: { kind: 'unusable', path } });
  });

  it('given random picks, then reprint codes are 4-4 without look-alike letters', () => {
    for (let i = 0; i < 200; i += 1) expect(makeReprintCode()).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(makeReprintCode(() => 0)).toBe('2222-2222');
  });
});
