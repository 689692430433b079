// The documents technician mode prints: a test receipt and the readiness report. English and
// Latin only, so they also show whether the code page prints (a technician's paper, not a
// resident's).
import type { ReceiptDocument } from '../../hardware/printer/receipt';

const stamp = (at: Date) => at.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

export function testReceipt(kioskId: string, at: Date, settings: { paperWidthDots: number; codePage: string }): ReceiptDocument {
  return {
    language: 'en',
    direction: 'ltr',
    title: 'Ministry of Interior',
    subtitle: 'Printer test',
    issuedAt: stamp(at),
    kioskId,
    reference: 'TEST',
    rows: [
      { label: 'Paper width', value: `${settings.paperWidthDots} dots` },
      { label: 'Code page', value: settings.codePage },
      { label: 'Characters', value: 'ABC abc 0123456789 é ü € £' },
    ],
    notes: ['If you can read every line, the printer works.'],
    qr: `MOI-TEST:${kioskId}`,
  };
}

export function readinessReceipt(kioskId: string, at: Date, lines: readonly { role: string; level: string; detail: string }[]): ReceiptDocument {
  const isReady = lines.every((line) => line.level !== 'failed');
  return {
    language: 'en',
    direction: 'ltr',
    title: 'Ministry of Interior',
    subtitle: 'Kiosk readiness report',
    issuedAt: stamp(at),
    kioskId,
    reference: isReady ? 'READY' : 'NOT READY',
    rows: lines.map((line) => ({ label: line.role, value: `${line.level.toUpperCase()} ${line.detail}`.trim() })),
    notes: ['Every device was asked for its status and tested where it can be without a person.'],
  };
}
