import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followJob } from './follow-job';
import { SimulatedA4Printer } from './simulated-a4-printer';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('following an A4 job', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const options = { pollMs: 500, patienceMs: 5_000, delay: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };

  it('given a ready printer, then the job is printed without waiting', async () => {
    const printer = new SimulatedA4Printer();
    const job = await printer.print(pdf, { title: 't' });
    if (!job.ok) throw new Error('refused');
    expect(await followJob(printer, job.value.jobId, options)).toEqual({ kind: 'printed' });
  });

  it('given paper runs out, then the outcome is waiting with paper-out at once, the job kept', async () => {
    const printer = new SimulatedA4Printer();
    printer.setStatus({ kind: 'paper-out' });
    const job = await printer.print(pdf, { title: 't' });
    if (!job.ok) throw new Error('refused');
    expect(await followJob(printer, job.value.jobId, options)).toEqual({ kind: 'waiting', printer: { kind: 'paper-out' }, job: { kind: 'pending', reasons: ['printer-stopped'] } });
  });

  it('given a job that stays pending in a ready queue, when patience runs out, then the outcome is waiting with the printer ready', async () => {
    const printer = new SimulatedA4Printer();
    // a queue that never finishes: the job stays pending while the printer claims ready
    vi.spyOn(printer, 'jobState').mockResolvedValue({ ok: true, value: { kind: 'processing', reasons: [] } });
    const outcome = followJob(printer, 1, options);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await outcome).toEqual({ kind: 'waiting', printer: { kind: 'ready' }, job: { kind: 'processing', reasons: [] } });
  });

  it('given a job that is printing while a stale fault shows, when the fault clears, then it is printed', async () => {
    const printer = new SimulatedA4Printer();
    const states = [{ kind: 'processing' as const, reasons: [] }, { kind: 'processing' as const, reasons: [] }, { kind: 'completed' as const, reasons: [] }];
    vi.spyOn(printer, 'jobState').mockImplementation(async () => ({ ok: true, value: states.shift() ?? { kind: 'completed', reasons: [] } }));
    vi.spyOn(printer, 'status').mockResolvedValue({ kind: 'jammed' });
    const outcome = followJob(printer, 1, options);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toEqual({ kind: 'printed' });
  });

  it('given a cancelled job, then the outcome is not-printed', async () => {
    const printer = new SimulatedA4Printer();
    printer.setStatus({ kind: 'paused' });
    const job = await printer.print(pdf, { title: 't' });
    if (!job.ok) throw new Error('refused');
    await printer.cancel(job.value.jobId);
    expect(await followJob(printer, job.value.jobId, options)).toMatchObject({ kind: 'not-printed', job: { kind: 'canceled' } });
  });

  it('given the queue forgot the job, then the outcome is unknown with the error', async () => {
    expect(await followJob(new SimulatedA4Printer(), 77, options)).toEqual({ kind: 'unknown', error: { kind: 'no-such-job' } });
  });
});
