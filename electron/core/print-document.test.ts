import { describe, expect, it } from 'vitest';
import { SimulatedA4Printer } from '../../hardware/a4-printer/simulated-a4-printer';
import { err, ok } from '../../hardware/result';
import type { IssuedDocumentWire } from '../central-client/document-wire';
import type { CentralClient } from '../central-client/contract';
import type { CertificateData } from '../documents/certificate-data';
import { createMemoryLogger } from '../log/logger';
import type { OutboxTransaction } from '../outbox/types';
import { printPaidDocument, type DocumentPrinting } from './print-document';

const issued: IssuedDocumentWire = {
  documentId: 'CRT-2026-000005', kind: 'residency', language: 'ar', issueDate: '2026-11-25', validUntil: '2027-02-23', verificationCode: 'MOI1.sim1.payload.signature',
  holder: { nameAr: 'نورة خليل حداد', nameLatin: 'Noura Khalil Haddad', idNumber: '28712300001', nationality: 'JOR' }, residentSince: '2018-08-08', permitExpiry: '2026-12-15',
};
const row = { key: 'k-1', reference: '2026-000007', serviceId: 'certificate', holderId: '28412345678', state: 'synced', centralRequestId: 'CRT-2026-000005' } as OutboxTransaction;

function setUp(options: { central?: Partial<CentralClient>; a4?: SimulatedA4Printer | null } = {}) {
  const a4 = options.a4 === null ? undefined : (options.a4 ?? new SimulatedA4Printer());
  const rendered: CertificateData[] = [];
  const asked: unknown[] = [];
  const central = { document: async (serviceId: string, q: unknown) => (asked.push({ serviceId, q }), ok(issued)), ...options.central } as unknown as CentralClient;
  const logger = createMemoryLogger();
  const deps: DocumentPrinting = {
    central, a4Printer: a4, kioskId: 'KIOSK-DOHA-07', logger,
    renderPdf: async (data) => (rendered.push(data), ok(new TextEncoder().encode(`%PDF ${data.documentId}`))),
    follow: { pollMs: 10, patienceMs: 0, delay: async () => {} },
    waitMs: 60_000,
  };
  return { deps, a4, rendered, asked, logger };
}

describe('printing a paid certificate on A4', () => {
  it('given a synced row, then what the central issued is laid out in the document language, printed, and said printed', async () => {
    const { deps, a4, rendered, asked } = setUp();
    expect(await printPaidDocument(deps, row)).toEqual({ kind: 'printed', documentId: 'CRT-2026-000005' });
    expect(asked).toEqual([{ serviceId: 'certificate', q: { holderId: '28412345678', documentId: 'CRT-2026-000005' } }]);
    expect(rendered[0]).toMatchObject({ kind: 'residency', language: 'ar', kioskId: 'KIOSK-DOHA-07', holder: { name: 'نورة خليل حداد' }, residentSince: '2018-08-08' });
    expect(a4?.printedTitles()).toEqual(['kiosk-document-2026-000007']);
  });

  it('given the printer runs out of paper, then the document is kept under its number with its job still queued, so the person may wait for staff, reprint later or have it posted', async () => {
    const a4 = new SimulatedA4Printer();
    a4.setStatus({ kind: 'paper-out' });
    const { deps, logger } = setUp({ a4 });
    const outcome = await printPaidDocument(deps, row);
    expect(outcome).toEqual({ kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'paper-out', actions: ['wait', 'reprint', 'post'], jobId: expect.any(Number) } });
    expect(logger.lines.find((l) => l.event === 'document.print')?.fields).toEqual({ outcome: 'kept', kind: 'paper-out', service: 'certificate' });
    const jobId = outcome.kind === 'kept' ? (outcome.problem.jobId ?? -1) : -1;
    expect(await a4.jobState(jobId)).toMatchObject({ ok: true, value: { kind: 'pending' } });
  });

  it('given the queue was paused by an operator, then waiting is not offered and the job is withdrawn, so nothing comes out later for nobody', async () => {
    const a4 = new SimulatedA4Printer();
    a4.setStatus({ kind: 'paused' });
    const { deps } = setUp({ a4 });
    expect(await printPaidDocument(deps, row)).toEqual({ kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'not-available', actions: ['reprint', 'post'] } });
    a4.setStatus({ kind: 'ready' });
    expect(a4.printed()).toHaveLength(0);
  });

  it.each([
    ['the central does not give the document', { central: { document: async () => err({ kind: 'timeout' as const }) } }, 'central-timeout'],
    ['there is no A4 printer', { a4: null }, 'no-a4-printer'],
  ])('given %s, then the document is kept', async (_why, options, kind) => {
    const { deps, logger } = setUp(options);
    expect(await printPaidDocument(deps, row)).toEqual({ kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'not-available', actions: ['reprint', 'post'] } });
    expect(logger.lines.at(-1)?.fields).toMatchObject({ outcome: 'kept', kind });
  });

  it('given the central has not stored the request yet, then there is no document number: pending, and nothing is asked or printed', async () => {
    const { deps, asked, a4 } = setUp();
    expect(await printPaidDocument(deps, { ...row, state: 'paid', centralRequestId: undefined } as OutboxTransaction)).toEqual({ kind: 'pending', problem: { reason: 'not-issued', actions: ['reprint', 'post'] } });
    expect(asked).toEqual([]);
    expect(a4?.printed()).toHaveLength(0);
  });
});
