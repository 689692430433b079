// One behaviour suite for every A4Printer: the simulator always, the IPP driver against a
// private cupsd (test/system). A harness puts the device into a condition and says what paper
// came out. Jobs are followed by polling the queue, as the kiosk does, never by sleeping.
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { A4Printer } from './contract';
import { followJob } from './follow-job';

export type A4Condition = 'ready' | 'paper-out' | 'jammed' | 'paused' | 'stopped' | 'offline';

export interface A4PrinterHarness {
  readonly printer: A4Printer;
  /** Puts the device (not the driver) into a condition; `ready` loads paper and resumes. */
  setCondition(condition: A4Condition): Promise<void>;
  /** The PDFs that reached paper, oldest first, byte for byte. */
  printed(): Promise<readonly Uint8Array[]>;
  dispose(): Promise<void>;
}

/** A small PDF whose stream holds every byte value, so any re-encoding on the way shows. */
export function samplePdf(label: string): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <</Length 256>> stream\n`);
  const tail = new TextEncoder().encode(`\nendstream endobj\n% ${label}\n%%EOF\n`);
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  return new Uint8Array([...head, ...all, ...tail]);
}

const follow = { pollMs: 50, patienceMs: 30_000, delay: (ms: number) => delay(ms) };
const kept = ['pending', 'held', 'processing', 'processing-stopped'];

export function a4PrinterContract(name: string, makeHarness: () => Promise<A4PrinterHarness>): void {
  describe(`A4Printer contract: ${name}`, () => {
    let h: A4PrinterHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('given a ready printer, when a PDF is printed, then it comes out byte for byte and the job completes', async () => {
      expect(await h.printer.status()).toEqual({ kind: 'ready' });
      const pdf = samplePdf('ready');
      const job = await h.printer.print(pdf, { title: 'contract ready' });
      if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
      expect(await followJob(h.printer, job.value.jobId, follow)).toEqual({ kind: 'printed' });
      expect(await h.printed()).toEqual([pdf]);
      expect(await h.printer.jobState(job.value.jobId)).toMatchObject({ ok: true, value: { kind: 'completed' } });
      expect(h.printer.health()).toEqual({ level: 'ok' });
    });

    it('given two jobs, when both print, then they come out in order and unchanged', async () => {
      const first = samplePdf('first');
      const second = samplePdf('second');
      const a = await h.printer.print(first, { title: 'first' });
      const b = await h.printer.print(second, { title: 'second' });
      if (!a.ok || !b.ok) throw new Error('print refused');
      expect(b.value.jobId).toBeGreaterThan(a.value.jobId);
      expect(await followJob(h.printer, b.value.jobId, follow)).toEqual({ kind: 'printed' });
      expect(await followJob(h.printer, a.value.jobId, follow)).toEqual({ kind: 'printed' });
      expect(await h.printed()).toEqual([first, second]);
    });

    for (const condition of ['paper-out', 'jammed'] as const) {
      it(`given the printer is ${condition}, when a PDF is printed, then the job is kept, the status says ${condition}, and it prints once when the printer is ready again`, async () => {
        await h.setCondition(condition);
        const pdf = samplePdf(condition);
        const job = await h.printer.print(pdf, { title: condition });
        if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
        const outcome = await followJob(h.printer, job.value.jobId, follow);
        expect(outcome).toMatchObject({ kind: 'waiting', printer: { kind: condition } });
        const state = await h.printer.jobState(job.value.jobId);
        expect(state.ok && kept.includes(state.value.kind)).toBe(true);
        expect(await h.printed()).toEqual([]);
        expect(h.printer.health()).toEqual({ level: 'failed', reason: condition });

        await h.setCondition('ready');
        expect(await followJob(h.printer, job.value.jobId, follow)).toEqual({ kind: 'printed' });
        expect(await h.printed()).toEqual([pdf]);
        expect(await h.printer.status()).toEqual({ kind: 'ready' });
        expect(h.printer.health()).toEqual({ level: 'ok' });
      });
    }

    it('given a paused queue, then the status says paused, a job is kept, and it prints when resumed', async () => {
      await h.setCondition('paused');
      expect(await h.printer.status()).toEqual({ kind: 'paused' });
      expect(h.printer.health()).toEqual({ level: 'failed', reason: 'paused' });
      const pdf = samplePdf('paused');
      const job = await h.printer.print(pdf, { title: 'paused' });
      if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
      expect(await followJob(h.printer, job.value.jobId, follow)).toMatchObject({ kind: 'waiting', printer: { kind: 'paused' } });
      await h.setCondition('ready');
      expect(await followJob(h.printer, job.value.jobId, follow)).toEqual({ kind: 'printed' });
      expect(await h.printed()).toEqual([pdf]);
    });

    it('given a kept job, when it is cancelled (delivery by post chosen), then it never prints, even after the printer is ready', async () => {
      await h.setCondition('paused');
      const job = await h.printer.print(samplePdf('cancelled'), { title: 'cancelled' });
      if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
      expect(await h.printer.cancel(job.value.jobId)).toEqual({ ok: true, value: undefined });
      await h.setCondition('ready');
      expect(await followJob(h.printer, job.value.jobId, follow)).toMatchObject({ kind: 'not-printed', job: { kind: 'canceled' } });
      expect(await h.printed()).toEqual([]);
      expect(await h.printer.cancel(job.value.jobId)).toEqual({ ok: false, error: { kind: 'job-finished' } });
    });

    it('given a queue that refuses jobs, when a PDF is printed, then it is refused as not-accepting and the status says stopped', async () => {
      await h.setCondition('stopped');
      expect(await h.printer.status()).toEqual({ kind: 'stopped' });
      expect(await h.printer.print(samplePdf('stopped'), { title: 'stopped' })).toEqual({ ok: false, error: { kind: 'not-accepting' } });
      expect(await h.printed()).toEqual([]);
      expect(h.printer.health()).toEqual({ level: 'failed', reason: 'stopped' });
    });

    it('given the print service cannot be reached, then status says offline, printing fails as offline, and it recovers when back', async () => {
      await h.setCondition('offline');
      expect(await h.printer.status()).toEqual({ kind: 'offline', cause: 'unreachable' });
      expect(await h.printer.print(samplePdf('offline'), { title: 'offline' })).toEqual({ ok: false, error: { kind: 'offline' } });
      expect(h.printer.health()).toEqual({ level: 'failed', reason: 'offline:unreachable' });
      await h.setCondition('ready');
      expect(await h.printer.status()).toEqual({ kind: 'ready' });
      expect(h.printer.health()).toEqual({ level: 'ok' });
    });

    it('given a job id the queue never had, when its state is asked, then the answer is no-such-job', async () => {
      expect(await h.printer.jobState(987_654)).toEqual({ ok: false, error: { kind: 'no-such-job' } });
    });
  });
}
