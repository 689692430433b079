// Paper runs out under a paid certificate, on the real stack (private cupsd, fake backend that
// reports media-empty-error while its flag file exists). The document is never lost: either the
// kept job prints once when paper returns, or it is withdrawn and the kept PDF is reprinted.
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { followJob } from '../../hardware/a4-printer/follow-job';
import { IppA4Printer } from '../../hardware/a4-printer/ipp-a4-printer';
import { renderCertificatePdf } from '../../electron/documents/certificate-pdf';
import { ChromiumPdfRenderer } from '../../electron/documents/chromium-pdf-renderer';
import { sampleCertificate } from '../../electron/documents/sample-certificates';
import type { KeepQueue, PrivateCupsd } from './cupsd-harness';
import { startPrivateCupsd } from './cupsd-harness';

const follow = { pollMs: 50, patienceMs: 30_000, delay };

describe('A4 paper out under a certificate', () => {
  let cupsd: PrivateCupsd;
  let queue: KeepQueue;
  let printer: IppA4Printer;
  let pdf: Uint8Array;
  let queues = 0;
  const renderer = new ChromiumPdfRenderer();

  beforeAll(async () => {
    cupsd = await startPrivateCupsd();
    const rendered = await renderCertificatePdf(sampleCertificate('traffic-clearance', 'ar', 'CRT-2026-000301'), renderer);
    if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
    pdf = rendered.value;
  });
  beforeEach(async () => {
    queue = await cupsd.addQueue(`paper-${++queues}`);
    printer = new IppA4Printer({ printerUri: queue.printerUri });
  });
  afterAll(async () => {
    await renderer.close();
    await cupsd.dispose();
  });

  /** Prints while the tray is empty and returns the job the queue kept. */
  async function printIntoEmptyTray(): Promise<number> {
    await queue.setFault('paper-out', true);
    const job = await printer.print(pdf, { title: 'certificate' });
    if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
    const outcome = await followJob(printer, job.value.jobId, follow);
    expect(outcome).toMatchObject({ kind: 'waiting', printer: { kind: 'paper-out' }, job: { kind: 'pending' } });
    expect(printer.health()).toEqual({ level: 'failed', reason: 'paper-out' });
    expect(await queue.printed()).toEqual([]);
    return job.value.jobId;
  }

  it('given paper ran out under a certificate, when a technician loads paper and resumes the queue, then the kept job prints once, unchanged', async () => {
    const jobId = await printIntoEmptyTray();
    await queue.setFault('paper-out', false);
    await queue.enable();
    expect(await followJob(printer, jobId, follow)).toEqual({ kind: 'printed' });
    expect(await queue.printed()).toEqual([pdf]);
    expect(await printer.status()).toEqual({ kind: 'ready' });
  });

  it('given paper ran out and the person left (delivery by post or a later reprint), when the job is withdrawn and paper returns, then nothing prints for nobody, and a reprint of the kept PDF prints once', async () => {
    const jobId = await printIntoEmptyTray();
    expect(await printer.cancel(jobId)).toEqual({ ok: true, value: undefined });
    await queue.setFault('paper-out', false);
    await queue.enable();
    expect(await followJob(printer, jobId, follow)).toMatchObject({ kind: 'not-printed', job: { kind: 'canceled' } });
    expect(await queue.printed()).toEqual([]);

    const reprint = await printer.print(pdf, { title: 'certificate reprint' });
    if (!reprint.ok) throw new Error(`reprint refused: ${reprint.error.kind}`);
    expect(await followJob(printer, reprint.value.jobId, follow)).toEqual({ kind: 'printed' });
    expect(await queue.printed()).toEqual([pdf]);
  });
});
