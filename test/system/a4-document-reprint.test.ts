// A kept certificate printed later at a kiosk, on the real stack: the kiosk core prints through
// a private cupsd (cupsd-harness.ts) with the real PDF engine, the embedded central keeps the
// choice and the reprint in its own SQLite.
//   paper out → reprint later: the person leaves with a reprint code; the job is withdrawn
//   paper back, same card, My requests → Print: the certificate comes out once, the central
//   records one reprint, and the row says reprinted with nothing left to print
import { execFile } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependants } from '../../central/seed/household';
import type { View } from '../../electron/bridge/contract';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps, type ScenarioStep } from '../../electron/sim/scenario-runner';
import { signIn, pins } from '../../electron/sim/scenario-steps';
import { serviceScenarios } from '../../electron/sim/service-scenarios';
import { startPrivateCupsd, type KeepQueue, type PrivateCupsd } from './cupsd-harness';

const run = promisify(execFile);
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

/** The certificate scenario up to the payment, which ends on the document problem. */
const toProblem: ScenarioStep[] = (() => {
  const steps = serviceScenarios.find((s) => s.id === 'certificate')?.steps ?? [];
  const pay = steps.findIndex((step) => 'send' in step && step.send.type === 'PAY.CONFIRMED');
  return [...steps.slice(0, pay + 1), { expect: 'document-problem' }];
})();

/** Resolves with the first view that passes `isWanted` (the current one included). */
function viewWhere(kiosk: Kiosk, isWanted: (view: View) => boolean, timeoutMs: number): Promise<View> {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`waited ${timeoutMs} ms; last view: ${JSON.stringify({ screen: kiosk.currentView().screen, infoAction: kiosk.currentView().infoAction })}`));
    }, timeoutMs);
    unsubscribe = kiosk.subscribe((view) => {
      if (!isWanted(view)) return;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(view);
    });
  });
}

function centralReprints(k: Kiosk): unknown[] {
  const db = new Database(join(k.dataDir, 'central', 'central.sqlite'), { readonly: true });
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'document_reprints'").get() !== undefined;
  const rows = hasTable ? db.prepare('SELECT document_id AS documentId, kiosk_id AS kioskId FROM document_reprints').all() : [];
  db.close();
  return rows;
}

describe('a certificate kept for a reprint is printed later at a kiosk from My requests', () => {
  let cupsd: PrivateCupsd;
  let queue: KeepQueue;
  let kiosk: Kiosk;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    cupsd = await startPrivateCupsd();
    queue = await cupsd.addQueue('reprint-1');
    const config = parseConfig({ timeouts: { goodbyeMs: 0 }, devices: { a4Printer: { kind: 'ipp', printerUri: queue.printerUri } } });
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    kiosk = await createKiosk(config.value, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-a4-reprint-')), logger: createMemoryLogger(), isSyncTimerOn: false });
  });
  afterAll(async () => {
    await kiosk?.stop();
    await cupsd?.dispose();
  });

  it('given paper out under a paid certificate and reprint chosen, when paper is back and the same card opens My requests and presses Print, then it prints once, the central records one reprint and the row says reprinted with no Print', async () => {
    // set before payment: an idle queue still reads ready, so the money is taken; the job then meets the fault
    await queue.setFault('paper-out', true);
    await kiosk.health.checkNow();
    const problem = await runSteps(kiosk, toProblem, { timeoutMs: 60_000 });
    expect(problem.lastView.documentProblem).toMatchObject({ reason: 'paper-out', actions: ['wait', 'reprint', 'post'] });
    await runSteps(kiosk, [{ send: { type: 'DOCUMENT.CHOSEN', choice: 'reprint' } }, { expect: 'take-card' }], { timeoutMs: 30_000 });
    expect(kiosk.currentView().message?.key).toBe('services:certificate.document-reprint');
    await runSteps(kiosk, [{ removeCard: true }, { expect: 'attract' }], { timeoutMs: 10_000 });
    const documentId = kiosk.outbox?.list('synced', 10)[0]?.centralRequestId ?? '';
    expect(documentId).not.toBe('');

    await queue.setFault('paper-out', false);
    await queue.enable();
    await kiosk.health.checkNow();
    expect(await queue.printed()).toEqual([]); // the kept job was withdrawn when reprint was chosen

    const opened = await runSteps(kiosk, [...signIn('resident', pins.resident), { send: { type: 'SERVICE.CHOSEN', serviceId: 'my-requests' } }, { expect: 'info' }], { timeoutMs: 20_000 });
    const index = opened.lastView.info?.findIndex((row) => row.label.values.number === documentId) ?? -1;
    expect(opened.lastView.info?.[index]).toMatchObject({ status: { key: 'central:status.document-ready-to-print' }, action: { kind: 'reprint-document' } });

    kiosk.send({ type: 'INFO.ACTION', index });
    // done once the rows are back from the central after the print (or printing failed)
    const done = await viewWhere(kiosk, (view) => view.screen === 'info' && (view.infoAction === 'reprint-failed' || (view.infoAction === 'reprinted' && view.info?.[index]?.status.key !== 'central:status.document-ready-to-print')), 90_000);
    expect(done.infoAction).toBe('reprinted');
    expect(done.message?.key).toBe('screens:info.reprinted');
    expect(done.info?.[index]).toEqual({ label: expect.anything(), status: { key: 'central:status.document-reprinted', values: {} } });

    const printed = await queue.printed();
    expect(printed).toHaveLength(1);
    const file = join(artifacts, 'a4-document-reprint-ar.pdf');
    writeFileSync(file, printed[0] ?? new Uint8Array());
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s/g, '');
    for (const phrase of ['شهادة إقامة', dependants.noura.nameAr, documentId]) expect(text).toContain(phrase.replace(/\s/g, ''));
    expect(centralReprints(kiosk)).toEqual([{ documentId, kioskId: expect.any(String) }]);
  });
});
