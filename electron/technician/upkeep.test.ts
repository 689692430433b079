import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import { testReceipt } from './test-receipt';
import { withoutSecrets } from './diagnostics';
import { readLogTail, toLogLine } from './log-tail';
import { countingPrinter, openPaperCounter } from './paper-counter';

describe('the log tail for technicians', () => {
  it('given log lines, including one with personal fields an old version wrote, then the newest are shown without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logs-'));
    const lines = Array.from({ length: 250 }, (_, i) => JSON.stringify({ level: 30, time: `2026-11-25T08:00:${String(i % 60).padStart(2, '0')}Z`, event: 'session.state', screen: `s${i}` }));
    lines.push(JSON.stringify({ level: 40, time: '2026-11-25T09:00:00Z', event: 'device.error', idNumber: '28412345678', nameLatin: 'Ahmed', note: 'card 28412345678' }));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'kiosk.log'), `${lines.join('\n')}\n`);
    const tail = readLogTail(dir, 200);
    expect(tail).toHaveLength(200);
    expect(tail[0]?.detail).toBe('screen=s51');
    expect(tail.at(-1)).toEqual({ time: '2026-11-25T09:00:00Z', level: 'warn', event: 'device.error', detail: 'idNumber=[redacted] nameLatin=[redacted] note=card [id]' });
    expect(JSON.stringify(tail)).not.toContain('28412345678');
  });

  it('given a line that is not JSON, then it is not echoed', () => {
    expect(toLogLine('PIN 1234 typed')).toEqual({ time: '', level: 'unknown', event: 'not-json', detail: '' });
  });
});

describe('the paper-roll counter', () => {
  it('given receipts printed, then each that printed counts, the count survives a restart, and a reset starts a new roll', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-'));
    let clock = new Date('2026-11-25T08:00:00Z');
    const counter = openPaperCounter(dir, () => clock);
    const simulator = new SimulatedReceiptPrinter();
    const printer = countingPrinter(simulator, counter);
    const receipt = testReceipt('K-1', clock, { paperWidthDots: 576, codePage: 'wpc1252' });
    await printer.print(receipt);
    simulator.setStatus({ kind: 'paper-out' });
    await printer.print(receipt); // refused: no paper used
    expect(openPaperCounter(dir, () => clock).read()).toEqual({ printed: 1, since: '2026-11-25T08:00:00.000Z' });
    clock = new Date('2026-11-26T08:00:00Z');
    counter.reset();
    expect(openPaperCounter(dir, () => clock).read()).toEqual({ printed: 0, since: '2026-11-26T08:00:00.000Z' });
  });
});

describe('the diagnostics bundle', () => {
  it('given a config with a secret and a signing key, then they are removed and everything else is kept', () => {
    expect(withoutSecrets({ central: { url: 'https://c', secret: 's3', nested: [{ privateKeyPem: 'k' }] }, updates: { publicKeyPem: 'pub' } })).toEqual({
      central: { url: 'https://c', secret: '[removed]', nested: [{ privateKeyPem: '[removed]' }] },
      updates: { publicKeyPem: 'pub' },
    });
  });
});
