import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { technicianMachine } from './technician-machine';
import type { DeviceDraft, DeviceOption, DevicesState, Discovery, LogLine, OutboxSummary, ReadinessReport, TechRole } from './technician-types';

const simulated = (role: TechRole): DeviceOption => ({ label: 'Simulated', via: 'via.simulated', config: { kind: role === 'keypad' || role === 'scanner' || role === 'a4-printer' ? 'none' : 'simulated' } });
const devices: DevicesState = {
  assignments: { 'card-reader': simulated('card-reader'), 'receipt-printer': simulated('receipt-printer'), 'a4-printer': simulated('a4-printer'), payment: simulated('payment'), keypad: simulated('keypad'), scanner: simulated('scanner') },
  receiptSettings: { paperWidthDots: 576, codePage: 'wpc1252' },
  health: { 'card-reader': { level: 'ok', reason: '' }, 'receipt-printer': { level: 'ok', reason: '' }, 'a4-printer': undefined, payment: { level: 'ok', reason: '' }, keypad: undefined, scanner: undefined },
  revision: 0,
  failedEntries: 2,
};
const tcpPrinter: DeviceOption = { label: '127.0.0.1:9100', via: 'via.tcp', config: { kind: 'escpos-tcp', host: '127.0.0.1', port: 9100 } };
const discovery: Discovery = { options: [simulated('receipt-printer'), tcpPrinter], problems: ['problem.no-serial-ports'] };
const outboxSummary: OutboxSummary = { counts: { pending: 0, paid: 2, synced: 5, voided: 1, dead: 1 }, oldestPendingAt: undefined, oldestUnsyncedAt: '2026-11-25T07:00:00Z', dead: [{ reference: '2026-000004', serviceId: 'traffic-fines', reason: '422', attempts: 3 }], isAvailable: true, salvage: [] };

function start(overrides: { save?: (draft: DeviceDraft) => { ok: true; revision: number } | { ok: false; field: string; message: string } } = {}) {
  const calls: string[] = [];
  const saved: DeviceDraft[] = [];
  const tested: { role: TechRole; label: string; width: number }[] = [];
  const machine = technicianMachine.provide({
    actors: {
      loadDevices: fromPromise(async () => (calls.push('loadDevices'), devices)),
      discoverDevices: fromPromise(async ({ input }: { input: { role: TechRole } }) => (calls.push(`discover:${input.role}`), discovery)),
      testDevice: fromPromise(async ({ input }) => {
        tested.push({ role: input.role, label: input.option.label, width: input.draft.receiptSettings.paperWidthDots });
        return { outcome: 'passed' as const, detail: { key: 'test.printed', values: {} } };
      }),
      saveConfig: fromPromise(async ({ input }) => (saved.push(input.draft), overrides.save?.(input.draft) ?? { ok: true as const, revision: 1 })),
      loadOutbox: fromPromise(async () => (calls.push('loadOutbox'), outboxSummary)),
      retrySync: fromPromise(async (): Promise<void> => void calls.push('retrySync')),
      loadLogs: fromPromise(async (): Promise<readonly LogLine[]> => [{ time: '2026-11-25T08:00:00Z', level: 'info', event: 'kiosk.started', detail: 'services=4' }]),
      loadPaper: fromPromise(async () => ({ printed: 120, perRoll: 400, since: '2026-11-20T08:00:00Z' })),
      resetPaper: fromPromise(async () => (calls.push('resetPaper'), { printed: 0, perRoll: 400, since: '2026-11-25T08:00:00Z' })),
      runReadiness: fromPromise(async (): Promise<ReadinessReport> => ({ at: '2026-11-25T08:00:00Z', checks: [{ role: 'card-reader' as const, level: 'ok' as const, detail: { key: 'check.ok', values: {} } }], isPrinted: true, savedAs: '/data/reports/readiness.txt' })),
      exportDiagnostics: fromPromise(async () => ({ savedAs: '/data/diagnostics/d.json', bytes: 2048 })),
      restartApp: fromPromise(async (): Promise<void> => void calls.push('restartApp')),
    },
  });
  const actor = createActor(machine).start();
  const idle = () => waitFor(actor, (s) => !s.hasTag('busy'));
  return { actor, calls, saved, tested, idle };
}

describe('technician mode: devices', () => {
  it('given the devices page, when the receipt printer is reassigned to a discovered TCP printer at 58 mm and tested, then the test and the save get that draft', async () => {
    const t = start();
    await t.idle();
    expect(t.actor.getSnapshot().context.page).toBe('home');
    t.actor.send({ type: 'TECH.OPEN', page: 'devices' });
    t.actor.send({ type: 'TECH.ROLE', role: 'receipt-printer' });
    t.actor.send({ type: 'TECH.DISCOVER' });
    await t.idle();
    expect(t.calls).toContain('discover:receipt-printer');
    t.actor.send({ type: 'TECH.CHOOSE', index: 1 });
    t.actor.send({ type: 'TECH.SETTING', name: 'paperWidthDots', value: '384' });
    t.actor.send({ type: 'TECH.TEST' });
    await t.idle();
    expect(t.tested).toEqual([{ role: 'receipt-printer', label: '127.0.0.1:9100', width: 384 }]);
    expect(t.actor.getSnapshot().context.tests['receipt-printer']?.outcome).toBe('passed');
    t.actor.send({ type: 'BACK' });
    t.actor.send({ type: 'TECH.SAVE' });
    await t.idle();
    expect(t.saved[0]?.assignments['receipt-printer']).toEqual(tcpPrinter);
    expect(t.saved[0]?.receiptSettings).toEqual({ paperWidthDots: 384, codePage: 'wpc1252' });
    expect(t.actor.getSnapshot().context).toMatchObject({ page: 'devices', notice: { key: 'notice.saved', values: { revision: 1 } }, current: { revision: 1 } });
  });

  it('given a draft the core refuses, when saved, then the notice names the field and the page stays on devices', async () => {
    const t = start({ save: () => ({ ok: false, field: 'devices.receiptPrinter.port', message: 'Too big' }) });
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'devices' });
    t.actor.send({ type: 'TECH.SAVE' });
    await t.idle();
    expect(t.actor.getSnapshot().context.notice).toEqual({ key: 'notice.refused', values: { field: 'devices.receiptPrinter.port', message: 'Too big' } });
  });

  it('given a choice by number that was never offered, then the draft is unchanged', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'devices' });
    t.actor.send({ type: 'TECH.ROLE', role: 'card-reader' });
    t.actor.send({ type: 'TECH.CHOOSE', index: 5 });
    expect(t.actor.getSnapshot().context.draft?.assignments['card-reader']).toEqual(simulated('card-reader'));
  });

  it('given the card reader page, when a width is set, then it is ignored (only the receipt printer has one)', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'devices' });
    t.actor.send({ type: 'TECH.ROLE', role: 'card-reader' });
    t.actor.send({ type: 'TECH.SETTING', name: 'paperWidthDots', value: '384' });
    expect(t.actor.getSnapshot().context.draft?.receiptSettings.paperWidthDots).toBe(576);
  });

  it('given the receipt printer page, when a width is sent with a code page value, then the mismatched pair is ignored', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'devices' });
    t.actor.send({ type: 'TECH.ROLE', role: 'receipt-printer' });
    t.actor.send({ type: 'TECH.SETTING', name: 'paperWidthDots', value: 'none' });
    t.actor.send({ type: 'TECH.SETTING', name: 'codePage', value: 'none' });
    expect(t.actor.getSnapshot().context.draft?.receiptSettings).toEqual({ paperWidthDots: 576, codePage: 'none' });
  });
});

describe('technician mode: operations', () => {
  it('given the outbox page, when retry is pressed, then the sync runs and the counts are read again', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'outbox' });
    await t.idle();
    expect(t.actor.getSnapshot().context.outbox?.dead[0]?.reference).toBe('2026-000004');
    t.actor.send({ type: 'TECH.RETRY_SYNC' });
    await t.idle();
    expect(t.calls.filter((c) => c === 'loadOutbox' || c === 'retrySync')).toEqual(['loadOutbox', 'retrySync', 'loadOutbox']);
  });

  it('given the paper page, when the counter is reset, then it shows zero', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'paper' });
    await t.idle();
    expect(t.actor.getSnapshot().context.paper?.printed).toBe(120);
    t.actor.send({ type: 'TECH.PAPER_RESET' });
    await t.idle();
    expect(t.actor.getSnapshot().context.paper?.printed).toBe(0);
  });

  it('given readiness and diagnostics, when run, then their results are kept for the screen', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'readiness' });
    t.actor.send({ type: 'TECH.READINESS' });
    await t.idle();
    expect(t.actor.getSnapshot().context.readiness?.isPrinted).toBe(true);
    t.actor.send({ type: 'BACK' });
    t.actor.send({ type: 'TECH.OPEN', page: 'diagnostics' });
    t.actor.send({ type: 'TECH.EXPORT' });
    await t.idle();
    expect(t.actor.getSnapshot().context.diagnostics?.bytes).toBe(2048);
  });

  it('given the restart page, when confirmed, then the core is asked to restart the app', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'restart' });
    t.actor.send({ type: 'TECH.RESTART' });
    await waitFor(t.actor, () => t.calls.includes('restartApp'));
  });

  it('given any page, when exit is pressed, then the machine ends', async () => {
    const t = start();
    await t.idle();
    t.actor.send({ type: 'TECH.OPEN', page: 'logs' });
    t.actor.send({ type: 'TECH.EXIT' });
    expect(t.actor.getSnapshot().status).toBe('done');
    expect(t.actor.getSnapshot().output).toEqual({ kind: 'exit' });
  });
});
