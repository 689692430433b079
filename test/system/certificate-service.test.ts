// The certificate service end to end on the kiosk core, with the real PDF engine (Debian's
// Chromium): a resident pays for his wife's residency certificate in Arabic, it comes out of
// the (simulated) A4 printer as a PDF whose text names her and whose QR, decoded from the
// rendered page, is then scanned at the same kiosk without a card and judged genuine.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependants } from '../../central/seed/household';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { serviceScenarios } from '../../electron/sim/service-scenarios';

const run = promisify(execFile);
const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const scenario = serviceScenarios.find((s) => s.id === 'certificate');

describe('certificate service with the real PDF engine', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const config = parseConfig({ timeouts: { goodbyeMs: 0 }, devices: { a4Printer: { kind: 'simulated' }, scanner: { kind: 'simulated' } } });
    if (!config.ok) throw new Error('config');
    kiosk = await createKiosk(config.value, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-certificate-')), logger: createMemoryLogger(), isSyncTimerOn: false });
  });
  afterAll(() => kiosk.stop());

  it('given a paid Arabic residency certificate, then the PDF names the holder and carries the document number, and its QR scanned at the kiosk is genuine', async () => {
    if (!scenario) throw new Error('no certificate scenario');
    const paid = await runSteps(kiosk, scenario.steps, { timeoutMs: 60_000 });
    expect(paid.views.some((v) => v.message?.key === 'services:certificate.document-printed')).toBe(true);
    const documentId = kiosk.outbox?.list('synced', 10)[0]?.centralRequestId ?? '';
    const pdf = kiosk.simulators.a4Printer?.printed()[0];
    if (!pdf) throw new Error('nothing printed on A4');
    const file = join(artifacts, 'certificate-service-residency-ar.pdf');
    writeFileSync(file, pdf);

    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s/g, '');
    for (const phrase of ['شهادة إقامة', dependants.noura.nameAr, dependants.noura.idNumber, documentId]) expect(text).toContain(phrase.replace(/\s/g, ''));

    await run('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, join(artifacts, 'certificate-service-residency-ar')]);
    const png = PNG.sync.read(readFileSync(join(artifacts, 'certificate-service-residency-ar.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toMatch(/^MOI1\.sim1\./);

    const checked = await runSteps(kiosk, [{ expect: 'attract' }, { scan: qr?.data ?? '' }, { expect: 'info' }]);
    expect(checked.lastView.info?.[0]).toMatchObject({ label: { values: { number: documentId } }, status: { key: 'central:verdict.genuine' } });
  });
});
