import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import { bookSlot } from '../../central/db/booking-queries';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import type { FaultHooks } from '../../electron/core/fault-hooks';
import { createMemoryLogger } from '../../electron/log/logger';
import { dayFromToday } from '../../electron/sim/scenario-dates';
import { runSteps, type ScenarioStep } from '../../electron/sim/scenario-runner';
import { payAndLeave, pins, signIn } from '../../electron/sim/scenario-steps';
import { htmlEchoRenderer } from './support/html-echo-renderer';

// A4 certificates and bookings through the whole kiosk core: simulated devices, the embedded
// central over HTTP, the outbox on disk.
const config = (() => {
  const parsed = parseConfig({ timeouts: { goodbyeMs: 0 }, devices: { a4Printer: { kind: 'simulated' }, scanner: { kind: 'simulated' } } });
  if (!parsed.ok) throw new Error('config');
  return parsed.value;
})();

const running: Kiosk[] = [];
afterEach(async () => {
  for (const kiosk of running.splice(0)) await kiosk.stop();
});
async function start(faults: FaultHooks = {}) {
  const kiosk = await createKiosk(config, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-docs-')), logger: createMemoryLogger(), isSyncTimerOn: false, pdfRenderer: htmlEchoRenderer, faults });
  running.push(kiosk);
  return kiosk;
}

const toCertificateReview: ScenarioStep[] = [
  ...signIn('resident', pins.resident),
  { send: { type: 'SERVICE.CHOSEN', serviceId: 'certificate' } },
  { expect: 'subject' },
  { chooseSubject: '0001' },
  { expect: 'items' },
  { chooseItem: 'residency' },
  { send: { type: 'ITEMS.CONFIRMED' } },
  { expect: 'form' },
  { send: { type: 'FIELD.CHANGED', name: 'language', value: 'en' } },
  { send: { type: 'FORM.SUBMITTED' } },
  { expect: 'review' },
];

describe('certificates on the A4 printer', () => {
  it('given the paper runs out after payment, then the paid certificate is kept under its number, the central holds it once, and the person who chooses post is told it will be posted', async () => {
    let paperOut = () => {};
    const kiosk = await start({ afterPaidCommit: () => paperOut() });
    paperOut = () => kiosk.simulators.a4Printer?.setStatus({ kind: 'paper-out' });
    const problem = await runSteps(kiosk, [...toCertificateReview, { payment: 'approved' }, { send: { type: 'PAY.CONFIRMED' } }, { expect: 'document-problem' }]);
    const row = kiosk.outbox?.list('synced', 10).at(0);
    expect(row?.centralRequestId).toMatch(/^CRT-\d{4}-\d{6}$/);
    expect(problem.lastView.documentProblem).toMatchObject({ reason: 'paper-out', documentId: row?.centralRequestId, actions: ['wait', 'reprint', 'post'] });
    const { lastView } = await runSteps(kiosk, [{ send: { type: 'DOCUMENT.CHOSEN', choice: 'post' } }, { expect: 'take-card' }]);
    expect(lastView.message).toEqual({ key: 'services:certificate.document-post', values: { reference: row?.reference } });
    expect(kiosk.embeddedCentral?.storedCountForKey(row?.key ?? '')).toBe(1);
    kiosk.simulators.a4Printer?.setStatus({ kind: 'ready' });
    expect(kiosk.simulators.a4Printer?.printed()).toHaveLength(0);
  });

  it('given the A4 printer out of paper before paying, then no money is taken and the screen says the document printer is not working', async () => {
    const kiosk = await start();
    await runSteps(kiosk, toCertificateReview);
    kiosk.simulators.a4Printer?.setStatus({ kind: 'paper-out' });
    const { lastView } = await runSteps(kiosk, [{ payment: 'approved' }, { send: { type: 'PAY.CONFIRMED' } }, { expect: 'error' }]);
    expect(lastView.message?.key).toBe('screens:unavailable.device.a4-printer');
    expect(kiosk.outbox?.list('pending', 10)).toEqual([]);
    expect(kiosk.outbox?.list('paid', 10)).toEqual([]);
  });

  it('given a certificate printed, then the code on the paper, scanned at the kiosk without a card, is genuine', async () => {
    const kiosk = await start();
    await runSteps(kiosk, [...toCertificateReview, ...payAndLeave.slice(1)]);
    const html = new TextDecoder().decode(kiosk.simulators.a4Printer?.printed()[0]);
    const code = /<div class="code" dir="ltr">([^<]+)<\/div>/.exec(html)?.[1] ?? '';
    const { lastView } = await runSteps(kiosk, [{ expect: 'attract' }, { scan: code }, { expect: 'info' }]);
    expect(lastView.info?.[0]).toMatchObject({ label: { values: { number: kiosk.outbox?.list('synced', 10)[0]?.centralRequestId } }, status: { key: 'central:verdict.genuine' } });
  });
});

describe('appointments', () => {
  /** Another kiosk books this slot for someone else meanwhile (written straight into the central's own database). */
  function bookElsewhere(kiosk: Kiosk, fields: Record<string, string>, slot: string): boolean {
    const db = new Database(join(kiosk.dataDir, 'central', 'central.sqlite'));
    try {
      return bookSlot(db, { centre: fields.centre ?? '', department: fields.department ?? '', date: fields.date ?? '', slot, personId: cardHolders.resident.idNumber, reference: 'REQ-OTHER-KIOSK' });
    } finally {
      db.close();
    }
  }

  it('given the chosen slot is booked at another kiosk meanwhile, then the kiosk says so, lists the free slots again, and books another; the receipt QR is the booking reference', async () => {
    const kiosk = await start();
    const fields = { department: 'traffic', centre: 'lusail', date: dayFromToday('next-working-day') };
    await runSteps(kiosk, [
      ...signIn('sponsor', pins.sponsor),
      { send: { type: 'SERVICE.CHOSEN', serviceId: 'appointment' } },
      { expect: 'form' },
      ...Object.entries(fields).map(([name, value]): ScenarioStep => ({ send: { type: 'FIELD.CHANGED', name, value } })),
      { send: { type: 'FORM.SUBMITTED' } },
      { expect: 'items' },
      { chooseItem: 'slot-0730' },
      { send: { type: 'ITEMS.CONFIRMED' } },
      { expect: 'review' },
    ]);
    expect(bookElsewhere(kiosk, fields, '0730')).toBe(true);
    const refused = await runSteps(kiosk, [{ send: { type: 'PAY.CONFIRMED' } }, { expect: 'ineligible' }]);
    expect(refused.lastView.message?.key).toBe('central:reason.slot-taken');
    const again = await runSteps(kiosk, [{ send: { type: 'BACK' } }, { expect: 'items' }]);
    expect(again.lastView.items?.map((i) => i.itemId)).not.toContain('slot-0730');
    await runSteps(kiosk, [{ chooseItem: 'first' }, { send: { type: 'ITEMS.CONFIRMED' } }, ...payAndLeave]);
    const row = kiosk.outbox?.list('synced', 10).at(0);
    expect(row?.amountMinor).toBe(0);
    expect(row?.payment?.paymentRef).toBe('NO-CHARGE');
    expect(kiosk.simulators.printer?.jobs.at(-1)?.document.qr).toBe(`MOI-APPT:${row?.centralRequestId}`);
    expect(await kiosk.simulators.payment?.journal()).toEqual([]);
  });
});
