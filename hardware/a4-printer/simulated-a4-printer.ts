// An A4 printer in memory that behaves like a CUPS queue: it keeps jobs while out of paper,
// jammed or paused and prints them, in order, when set ready again; it refuses jobs while
// stopped or offline. It keeps every PDF it "printed", byte for byte, for tests to read.
import type { DeviceHealth, Result } from '../result';
import { err, ok } from '../result';
import type { A4JobState, A4Printer, A4PrinterStatus, A4PrintError } from './contract';
import { healthOfA4, isJobFinished } from './contract';

interface SimulatedJob {
  readonly id: number;
  readonly title: string;
  readonly pdf: Uint8Array;
  state: A4JobState;
}

const pendingBecause: Partial<Record<A4PrinterStatus['kind'], string>> = {
  'paper-out': 'printer-stopped',
  jammed: 'printer-stopped',
  paused: 'printer-stopped',
  offline: 'printer-stopped',
};

export class SimulatedA4Printer implements A4Printer {
  private current: A4PrinterStatus = { kind: 'ready' };
  private lastSeen: A4PrinterStatus = { kind: 'ready' };
  private readonly jobs: SimulatedJob[] = [];
  private readonly paper: { readonly title: string; readonly pdf: Uint8Array }[] = [];
  private nextId = 1;

  /** Test and dev-panel handle: puts the device into a state; ready prints what was kept. */
  setStatus(status: A4PrinterStatus): void {
    this.current = status;
    if (status.kind === 'ready') this.run();
  }

  /** The PDFs that reached paper, oldest first. */
  printed(): readonly Uint8Array[] {
    return this.paper.map((p) => p.pdf);
  }

  printedTitles(): readonly string[] {
    return this.paper.map((p) => p.title);
  }

  async status(): Promise<A4PrinterStatus> {
    this.lastSeen = this.current;
    return this.current;
  }

  async print(pdf: Uint8Array, job: { readonly title: string }): Promise<Result<{ readonly jobId: number }, A4PrintError>> {
    // CUPS keeps jobs for a device that went offline, but cannot take any while it is down itself
    if (this.current.kind === 'offline' && this.current.cause !== 'device-offline') {
      this.lastSeen = this.current;
      return err(this.current.cause === 'no-queue' ? { kind: 'no-queue' } : { kind: 'offline' });
    }
    if (this.current.kind === 'stopped') {
      this.lastSeen = this.current;
      return err({ kind: 'not-accepting' });
    }
    const id = this.nextId++;
    // a copy: the caller may reuse its buffer, the paper may not change afterwards
    this.jobs.push({ id, title: job.title, pdf: pdf.slice(), state: { kind: 'pending', reasons: [] } });
    this.run();
    return ok({ jobId: id });
  }

  async jobState(jobId: number): Promise<Result<A4JobState, A4PrintError>> {
    const job = this.jobs.find((j) => j.id === jobId);
    return job ? ok(job.state) : err({ kind: 'no-such-job' });
  }

  async cancel(jobId: number): Promise<Result<void, A4PrintError>> {
    const job = this.jobs.find((j) => j.id === jobId);
    if (!job) return err({ kind: 'no-such-job' });
    if (isJobFinished(job.state)) return err({ kind: 'job-finished' });
    job.state = { kind: 'canceled', reasons: ['job-canceled-by-user'] };
    return ok();
  }

  health(): DeviceHealth {
    return healthOfA4(this.lastSeen);
  }

  private run(): void {
    for (const job of this.jobs) {
      if (job.state.kind !== 'pending') continue;
      const waiting = pendingBecause[this.current.kind];
      if (waiting !== undefined) {
        job.state = { kind: 'pending', reasons: [waiting] };
        continue;
      }
      if (this.current.kind !== 'ready') continue;
      this.paper.push({ title: job.title, pdf: job.pdf });
      job.state = { kind: 'completed', reasons: ['job-completed-successfully'] };
    }
    this.lastSeen = this.current;
  }
}
