// An Arabic and an English certificate, end to end on the real stack: HTML template → Chromium
// print-to-PDF → IPP → private cupsd → byte-keeping backend; then the printed PDF is read back
// (pdftotext, pdftoppm), its QR decoded from the page image, scanned through the scanner
// simulator and checked by the verification functions the central uses.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followJob } from '../../hardware/a4-printer/follow-job';
import { IppA4Printer } from '../../hardware/a4-printer/ipp-a4-printer';
import { SimulatedCodeScanner } from '../../hardware/scanner/simulated-scanner';
import type { CertificateData } from '../../electron/documents/certificate-data';
import { renderCertificatePdf } from '../../electron/documents/certificate-pdf';
import { ChromiumPdfRenderer } from '../../electron/documents/chromium-pdf-renderer';
import type { IssuedDocument } from '../../electron/documents/document-verdict';
import { documentVerdict } from '../../electron/documents/document-verdict';
import { sampleCertificate, testSigningKey } from '../../electron/documents/sample-certificates';
import { verifyDocumentCode } from '../../electron/documents/verification-code';
import type { KeepQueue, PrivateCupsd } from './cupsd-harness';
import { startPrivateCupsd } from './cupsd-harness';

const run = promisify(execFile);
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

/** pdftotext's text with bidi controls dropped and runs of whitespace made one space. */
function normalise(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

async function pdfText(file: string): Promise<string> {
  return normalise((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout);
}

async function pagePng(file: string, out: string): Promise<PNG> {
  await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, out]);
  return PNG.sync.read(readFileSync(`${out}.png`));
}

/** What a person holding the paper does: scan it at a kiosk; the central judges the code. */
function scanAndJudge(decoded: string, registry: ReadonlyMap<string, IssuedDocument>): string {
  const scanner = new SimulatedCodeScanner();
  let verdict = 'nothing scanned';
  scanner.subscribe((event) => {
    if (event.type === 'CODE.SCANNED') verdict = documentVerdict(verifyDocumentCode(event.text, [testSigningKey]), (id) => registry.get(id)).kind;
    if (event.type === 'SCANNER.REJECTED') verdict = `rejected: ${event.reason}`;
  });
  scanner.scan(decoded);
  return verdict;
}

describe('certificates printed through a private cupsd', () => {
  let cupsd: PrivateCupsd;
  let queue: KeepQueue;
  let printer: IppA4Printer;
  const renderer = new ChromiumPdfRenderer();

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    cupsd = await startPrivateCupsd();
    queue = await cupsd.addQueue('certificates');
    printer = new IppA4Printer({ printerUri: queue.printerUri });
  });
  afterAll(async () => {
    await renderer.close();
    await cupsd.dispose();
  });

  const cases: { data: CertificateData; expected: string[] }[] = [
    {
      data: sampleCertificate('residency', 'ar', 'CRT-2026-000201'),
      expected: ['دولة قطر', 'وزارة الداخلية', 'شهادة إقامة', 'أحمد علي المنصوري', '28412345678', 'CRT-2026-000201', 'مقيم إقامة نظامية في دولة قطر', '25 نوفمبر 2026', 'رمز التحقق'],
    },
    {
      data: sampleCertificate('no-objection', 'en', 'CRT-2026-000202'),
      expected: ['State of Qatar', 'Ministry of Interior', 'No-Objection Certificate', 'To: Gulf Trading Company W.L.L.', 'Rajesh Kumar', '29035607788', 'of Indian nationality, transferring their employment to another employer', 'Verification code'],
    },
  ];

  for (const { data, expected } of cases) {
    it(`given a ${data.kind} certificate in ${data.language}, when printed, then the paper holds its text and a QR that verifies as genuine`, async () => {
      const pdf = await renderCertificatePdf(data, renderer);
      if (!pdf.ok) throw new Error(`render failed: ${JSON.stringify(pdf.error)}`);
      const job = await printer.print(pdf.value, { title: `certificate ${data.kind}` });
      if (!job.ok) throw new Error(`print refused: ${job.error.kind}`);
      expect(await followJob(printer, job.value.jobId, { pollMs: 50, patienceMs: 30_000, delay })).toEqual({ kind: 'printed' });

      const paper = (await queue.printed()).at(-1);
      expect(paper).toEqual(pdf.value); // byte for byte through CUPS
      const file = join(artifacts, `certificate-${data.kind}-${data.language}.pdf`);
      writeFileSync(file, paper!);

      const text = await pdfText(file);
      for (const phrase of expected) {
        // pdftotext moves spaces and commas at a change of direction (Arabic next to digits):
        // such phrases are compared without their spaces, single-direction ones as they are
        const isMixed = /[\u0600-\u06ff]/.test(phrase) && /[0-9A-Za-z]/.test(phrase);
        if (isMixed) expect(text.replace(/\s/g, '')).toContain(phrase.replace(/\s/g, ''));
        else expect(text).toContain(phrase);
      }
      // the code may wrap across lines on paper: compare it without whitespace
      expect(text.replace(/\s/g, '')).toContain(data.verificationCode);

      const png = await pagePng(file, join(artifacts, `certificate-${data.kind}-${data.language}`));
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data).toBe(data.verificationCode);

      const registry = new Map<string, IssuedDocument>();
      const claims = verifyDocumentCode(data.verificationCode, [testSigningKey]);
      if (claims.kind === 'signed') registry.set(data.documentId, { claims: claims.claims });
      expect(scanAndJudge(qr!.data, registry)).toBe('genuine');
      // one character changed on the paper's code: not ours, and nothing breaks
      expect(scanAndJudge(`${qr!.data.slice(0, -3)}AAA`, registry)).toBe('not-a-ministry-document');
      expect(scanAndJudge(qr!.data, new Map())).toBe('unknown');
    });
  }
});
