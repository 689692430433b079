// Every service's receipt in every enabled language, printed through the TCP driver to the
// virtual printer, decoded back to a PNG and compared with the committed reference image.
// UPDATE_REFERENCES=1 rewrites the references (look at them before committing).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canPrint } from '../../hardware/printer/contract';
import { EscPosTcpPrinter } from '../../hardware/printer/escpos-tcp-printer';
import { VirtualEscPosPrinter } from '../../hardware/printer/virtual-printer/virtual-printer';
import { receiptLanguageCodes, receiptServices, sampleReceipt } from '../fixtures/receipts/documents';

const referencesDir = join(import.meta.dirname, '../fixtures/receipts');
const artifactsDir = join(import.meta.dirname, '../artifacts/virtual-printer/receipts');
const isUpdating = process.env.UPDATE_REFERENCES === '1';
/** Anti-aliasing differences only: a changed word moves hundreds of dots. */
const MAX_DIFFERENT_DOTS = 40;

describe('printed receipts match their reference images', () => {
  let virtual: VirtualEscPosPrinter;
  let printer: EscPosTcpPrinter;

  beforeAll(async () => {
    virtual = new VirtualEscPosPrinter({ outDir: artifactsDir });
    printer = new EscPosTcpPrinter({ port: await virtual.listen(0) });
    await mkdir(artifactsDir, { recursive: true });
  });
  afterAll(async () => {
    await printer.close();
    await virtual.close();
  });

  for (const service of receiptServices) {
    for (const language of receiptLanguageCodes) {
      it(`given the ${service} receipt in ${language}, when printed over TCP, then the virtual printer's image matches ${service}-${language}.png`, async () => {
        const before = virtual.receipts.length;
        const result = await printer.print(sampleReceipt(service, language));
        expect(result.ok).toBe(true);
        const [receipt] = await virtual.waitForReceipts(before + 1).then((all) => all.slice(before));
        expect(receipt!.summary.unknown).toEqual([]);
        const name = `${service}-${language}.png`;
        await writeFile(join(artifactsDir, name), receipt!.png);
        const referencePath = join(referencesDir, name);
        if (isUpdating) await writeFile(referencePath, receipt!.png);
        expect(existsSync(referencePath), `${referencePath} is missing: run UPDATE_REFERENCES=1 npx vitest run test/system/printer-receipts.test.ts and look at it`).toBe(true);
        const actual = PNG.sync.read(receipt!.png);
        const expected = PNG.sync.read(await readFile(referencePath));
        expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
        const diff = new PNG({ width: actual.width, height: actual.height });
        const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
        if (different > MAX_DIFFERENT_DOTS) await writeFile(join(artifactsDir, `${service}-${language}.diff.png`), PNG.sync.write(diff));
        expect(different).toBeLessThanOrEqual(MAX_DIFFERENT_DOTS);
      });
    }
  }
});

describe('a printer out of paper', () => {
  it('given paper out, then the status refuses before any job is sent; when paper is back, the receipt prints', async () => {
    const virtual = new VirtualEscPosPrinter();
    const printer = new EscPosTcpPrinter({ port: await virtual.listen(0) });
    virtual.setStatus({ kind: 'paper-out' });

    const status = await printer.status();
    expect(status).toEqual({ kind: 'paper-out' });
    expect(canPrint(status)).toBe(false); // what the kiosk checks before it takes money
    expect(await printer.print(sampleReceipt('traffic-fines', 'ar'))).toEqual({ ok: false, error: { kind: 'paper-out' } });
    expect(virtual.receipts).toHaveLength(0);
    expect(virtual.discardedBytes).toBe(0); // the job never left the kiosk
    expect(printer.health()).toEqual({ level: 'failed', reason: 'paper-out' });

    virtual.setStatus({ kind: 'ready' });
    expect(canPrint(await printer.status())).toBe(true);
    expect((await printer.print(sampleReceipt('traffic-fines', 'ar'))).ok).toBe(true);
    expect(virtual.receipts).toHaveLength(1);
    expect(virtual.receipts[0]!.summary.rasters.length).toBeGreaterThan(0);
    expect(printer.health()).toEqual({ level: 'ok' });
    await printer.close();
    await virtual.close();
  });
});
