// The choice after a paid certificate fails to print, on the real stack: the kiosk core prints
// through a private cupsd whose fake backend reports paper out or a jam while its flag is set
// (cupsd-harness.ts), and the embedded central records the choice in its own SQLite.
//   paper out → post: the central records delivery to the address on record; the job is
//                     withdrawn, so paper back prints nothing for nobody
//   jam → wait:       a technician clears it and resumes the queue; the kept job prints once
//   central down → reprint: the choice waits on the kiosk and reaches the central at the next sync
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../hardware/result';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import type { PdfRenderer } from '../../electron/documents/pdf-renderer';
import { openDocumentChoiceStore } from '../../electron/documents/document-choice-store';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps, type ScenarioStep } from '../../electron/sim/scenario-runner';
import { serviceScenarios } from '../../electron/sim/service-scenarios';
import { startPrivateCupsd, type KeepQueue, type PrivateCupsd, type QueueFault } from './cupsd-harness';

const pdf = new TextEncoder().encode('%PDF-1.7 residency certificate CRT');
/** The PDF engine is tested elsewhere (a4-certificate-print); here the bytes only need to reach paper or not. */
const stubPdf: PdfRenderer = { renderHtmlToPdf: async () => ok(pdf), close: async () => {} };

/** The certificate scenario up to the payment, which ends on the document problem. */
const toProblem: ScenarioStep[] = (() => {
  const steps = serviceScenarios.find((s) => s.id === 'certificate')?.steps ?? [];
  const pay = steps.findIndex((step) => 'send' in step && step.send.type === 'PAY.CONFIRMED');
  return [...steps.slice(0, pay + 1), { expect: 'document-problem' }];
})();

describe('A4 fault after payment: the person chooses, the central records it', () => {
  let cupsd: PrivateCupsd;
  let queue: KeepQueue;
  let kiosk: Kiosk | undefined;
  let queues = 0;

  beforeAll(async () => {
    cupsd = await startPrivateCupsd();
  });
  afterEach(async () => {
    await kiosk?.stop();
    kiosk = undefined;
  });
  afterAll(async () => {
    await cupsd.dispose();
  });

  /** A kiosk on a fresh queue whose backend fails the next job with this fault. */
  async function kioskWithFault(fault: QueueFault): Promise<Kiosk> {
    queue = await cupsd.addQueue(`choice-${++queues}`);
    // set before payment: an idle queue still reads ready, so the money is taken; the job then meets the fault
    await queue.setFault(fault, true);
    const config = parseConfig({ timeouts: { goodbyeMs: 0 }, devices: { a4Printer: { kind: 'ipp', printerUri: queue.printerUri } } });
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    kiosk = await createKiosk(config.value, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-a4-choice-')), logger: createMemoryLogger(), isSyncTimerOn: false, pdfRenderer: stubPdf });
    // the queue is asked once before the menu, as the health monitor does on its first tick
    await kiosk.health.checkNow();
    const run = await runSteps(kiosk, toProblem, { timeoutMs: 20_000 });
    expect(run.lastView.documentProblem).toMatchObject({ reason: fault, actions: ['wait', 'reprint', 'post'], isWaiting: false });
    return kiosk;
  }

  function centralChoices(k: Kiosk) {
    const db = new Database(join(k.dataDir, 'central', 'central.sqlite'), { readonly: true });
    // the central makes its table on the first choice it records
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'document_choices'").get() !== undefined;
    const rows = !hasTable ? [] : db.prepare('SELECT key, document_id AS documentId, choice, status, post_to AS postTo FROM document_choices').all();
    db.close();
    return rows;
  }

  it('given paper out under a paid certificate, when the person chooses post, then the central records it for the address on record, the job is withdrawn and paper back prints nothing', async () => {
    const k = await kioskWithFault('paper-out');
    const [row] = k.outbox?.list('synced', 10) ?? [];
    await runSteps(k, [{ send: { type: 'DOCUMENT.CHOSEN', choice: 'post' } }, { expect: 'take-card' }], { timeoutMs: 30_000 });
    expect(k.currentView().message?.key).toBe('services:certificate.document-post');
    expect(centralChoices(k)).toEqual([{ key: row?.key, documentId: row?.centralRequestId, choice: 'post', status: 'to-post', postTo: 'Zone 66, Street 850, Building 12, Doha' }]);

    await queue.setFault('paper-out', false);
    await queue.enable();
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a resumed queue would start a kept job within this
    expect(await queue.printed()).toEqual([]);
    expect(k.outbox?.list('synced', 10)).toHaveLength(1);
  });

  it('given a jam under a paid certificate, when the person waits and a technician clears it and resumes the queue, then the kept job prints once and the receipt follows', async () => {
    const k = await kioskWithFault('jammed');
    await runSteps(k, [{ send: { type: 'DOCUMENT.CHOSEN', choice: 'wait' } }], { timeoutMs: 5_000 });
    expect(k.currentView().documentProblem?.isWaiting).toBe(true);
    await queue.setFault('jammed', false);
    await queue.enable();
    await runSteps(k, [{ expect: 'take-card' }], { timeoutMs: 30_000 });
    expect(k.currentView().message?.key).toBe('services:certificate.document-printed');
    expect(await queue.printed()).toEqual([pdf]);
    expect(centralChoices(k)).toEqual([]);
  });

  it('given the central is down when the person chooses a reprint, then the choice is kept on the kiosk with its code, and the next sync delivers it once, with one payment', async () => {
    const k = await kioskWithFault('paper-out');
    k.embeddedCentral?.control.faultNext({ kind: 'drop' });
    await runSteps(k, [{ send: { type: 'DOCUMENT.CHOSEN', choice: 'reprint' } }, { expect: 'take-card' }], { timeoutMs: 30_000 });
    const reprintCode = String(k.currentView().message?.values.reprintCode);
    expect(reprintCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(centralChoices(k)).toEqual([]);

    await k.syncNow();
    await k.syncNow();
    expect(centralChoices(k)).toMatchObject([{ choice: 'reprint', status: 'to-reprint' }]);
    const store = openDocumentChoiceStore(join(k.dataDir, 'document-choices.sqlite'));
    if (!store.ok) throw new Error(store.error.detail);
    expect(store.value.listQueued(10)).toEqual([]);
    store.value.close();
    expect(k.outbox?.list('synced', 10)).toHaveLength(1);
  });
});
