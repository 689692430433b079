import { describe, expect, it } from 'vitest';
import { err, ok } from '../../hardware/result';
import type { PaymentTerminal } from '../../hardware/payment/contract';
import { SimulatedPaymentTerminal } from '../../hardware/payment/simulated-payment-terminal';
import type { RefundRequest } from '../central-client/refund-wire';
import { createMemoryLogger } from '../log/logger';
import { openOutbox, type Outbox } from '../outbox/outbox';
import { sampleTransaction, tempOutboxPath } from '../outbox/test-support';
import { refundDeadRows, type RefundDependencies } from './refund-dead-rows';

const paidAt = new Date('2026-03-04T10:00:00Z');

/** A dead row whose payment went through the terminal (or a free one). */
async function deadRow(outbox: Outbox, terminal: PaymentTerminal, amountMinor = 50000): Promise<string> {
  const { key } = outbox.createPending(sampleTransaction({ amountMinor }));
  const payment = amountMinor === 0 ? { paymentRef: 'NO-CHARGE', authCode: 'none' } : await terminal.authorise({ amountMinor, currency: 'QAR', reference: key });
  if ('paymentRef' in payment) outbox.markPaid(key, { paymentRef: payment.paymentRef, authCode: payment.authCode });
  outbox.markDead(key, 'central:reason.quote-changed');
  return key;
}

function setup(options: { central?: RefundDependencies['central']; hoursLater?: number } = {}) {
  const outbox = openOutbox(tempOutboxPath(), { now: () => paidAt });
  const terminal = new SimulatedPaymentTerminal({ now: () => paidAt });
  const filed: RefundRequest[] = [];
  const central: RefundDependencies['central'] = options.central ?? { fileRefund: async (r) => (filed.push(r), ok(`RF-${filed.length}`)) };
  const logger = createMemoryLogger();
  const run = (terminalOverride: PaymentTerminal = terminal, hoursLater = options.hoursLater ?? 1) =>
    refundDeadRows({ outbox, terminal: terminalOverride, central, logger, now: () => new Date(paidAt.getTime() + hoursLater * 3_600_000), terminalGraceMs: 24 * 3_600_000 });
  return { outbox, terminal, filed, logger, run };
}

describe('refunding dead rows', () => {
  it('given a dead paid row, when refunds run, then the terminal reverses it, its journal says so, and the row records it', async () => {
    const env = setup();
    const key = await deadRow(env.outbox, env.terminal);
    expect(await env.run()).toEqual({ reversed: 1, requested: 0, notCharged: 0, owed: 0 });
    expect((await env.terminal.journal()).find((e) => e.reference === key)?.reversed).toBe(true);
    expect(env.outbox.get(key)?.refund).toMatchObject({ kind: 'reversed' });
    expect(env.filed).toEqual([]);
    expect(await env.run()).toEqual({ reversed: 0, requested: 0, notCharged: 0, owed: 0 });
  });

  it('given a reversal that happened before a crash (row not yet updated), then it is recorded as reversed, not filed again', async () => {
    const env = setup();
    const key = await deadRow(env.outbox, env.terminal);
    await env.terminal.reverse(key);
    expect(await env.run()).toMatchObject({ reversed: 1, requested: 0 });
  });

  it.each([['window-closed'], ['not-found']] as const)('given a terminal that refuses the reversal (%s), then a refund request is filed with the central, once', async (kind) => {
    const env = setup();
    const key = await deadRow(env.outbox, env.terminal);
    const refusing: PaymentTerminal = Object.assign(Object.create(env.terminal) as PaymentTerminal, { reverse: async () => err({ kind }) });
    expect(await env.run(refusing)).toMatchObject({ requested: 1 });
    expect(env.filed).toEqual([expect.objectContaining({ key, amountMinor: 50000, terminalError: kind, reason: 'central:reason.quote-changed', paymentRef: 'SIM-PAY-000001' })]);
    expect(JSON.stringify(env.filed)).not.toContain('28412345678');
    expect(env.outbox.get(key)?.refund).toMatchObject({ kind: 'requested', ref: 'RF-1' });
    await env.run(refusing);
    expect(env.filed).toHaveLength(1);
  });

  it('given the terminal offline, then the refund waits within the grace period and goes to the central after it', async () => {
    const env = setup();
    const key = await deadRow(env.outbox, env.terminal);
    env.terminal.setHealth({ level: 'failed', reason: 'offline' });
    expect(await env.run(env.terminal, 2)).toMatchObject({ owed: 1 });
    expect(env.outbox.get(key)).toMatchObject({ refundAttempts: 1, refundError: 'terminal:offline' });
    expect(await env.run(env.terminal, 25)).toMatchObject({ requested: 1 });
    expect(env.filed[0]?.terminalError).toBe('offline');
  });

  it('given the central unreachable when filing, then the row stays owed with the error and is filed on a later run', async () => {
    let isUp = false;
    const filed: string[] = [];
    const env = setup({ central: { fileRefund: async (r) => (isUp ? (filed.push(r.key), ok('RF-9')) : err({ kind: 'unreachable' })) } });
    const key = await deadRow(env.outbox, env.terminal);
    const refusing: PaymentTerminal = Object.assign(Object.create(env.terminal) as PaymentTerminal, { reverse: async () => err({ kind: 'window-closed' }) });
    expect(await env.run(refusing)).toMatchObject({ owed: 1 });
    expect(env.outbox.get(key)).toMatchObject({ refundError: 'central:unreachable' });
    isUp = true;
    expect(await env.run(refusing)).toMatchObject({ requested: 1 });
    expect(filed).toEqual([key]);
  });

  it('given a dead free request, then nothing is refunded and it is settled as not charged', async () => {
    const env = setup();
    const key = await deadRow(env.outbox, env.terminal, 0);
    expect(await env.run()).toMatchObject({ notCharged: 1 });
    expect(env.outbox.get(key)?.refund?.kind).toBe('not-charged');
    expect(env.logger.lines.filter((l) => l.event === 'payment.reversal').map((l) => l.fields.outcome)).toEqual(['not-charged']);
  });
});
