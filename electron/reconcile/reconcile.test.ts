import { describe, expect, it } from 'vitest';
import { reconcile } from './reconcile';

const day = '2026-11-25';
const at = `${day}T10:00:00.000Z`;

describe('reconciliation of terminal, outbox and central', () => {
  it('given the three agree, reports nothing', () => {
    expect(
      reconcile(day, {
        terminal: [{ reference: 'k1', amountMinor: 500, at, reversed: false }],
        outbox: [{ key: 'k1', reference: '2026-000001', state: 'synced', amountMinor: 500, createdAt: at }],
        central: [{ key: 'k1', amountMinor: 500, receivedAt: at }],
      }),
    ).toEqual([]);
  });

  it('given a free request (a booking) stored with no charge on the terminal, reports nothing', () => {
    expect(
      reconcile(day, {
        terminal: [],
        outbox: [{ key: 'k9', reference: '2026-000009', state: 'synced', amountMinor: 0, createdAt: at }],
        central: [{ key: 'k9', amountMinor: 0, receivedAt: at }],
      }),
    ).toEqual([]);
  });

  it('lists paid but not stored, stored but not paid, and amounts that differ', () => {
    const result = reconcile(day, {
      terminal: [
        { reference: 'k1', amountMinor: 500, at, reversed: false },
        { reference: 'k2', amountMinor: 700, at, reversed: false },
        { reference: 'k4', amountMinor: 100, at, reversed: false },
        { reference: 'k5', amountMinor: 100, at, reversed: true },
      ],
      outbox: [
        { key: 'k1', reference: '2026-000001', state: 'paid', amountMinor: 500, createdAt: at },
        { key: 'k2', reference: '2026-000002', state: 'synced', amountMinor: 700, createdAt: at },
      ],
      central: [
        { key: 'k2', amountMinor: 900, receivedAt: at },
        { key: 'k3', amountMinor: 300, receivedAt: at },
      ],
    });
    expect(result).toEqual([
      { kind: 'paid-not-stored', key: 'k1', reference: '2026-000001', outboxState: 'paid' },
      { kind: 'amount-differs', key: 'k2', terminalMinor: 700, outboxMinor: 700, centralMinor: 900 },
      { kind: 'paid-not-recorded', key: 'k4', amountMinor: 100 },
      { kind: 'stored-not-paid', key: 'k3' },
    ]);
  });
});
