import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import { simConfig } from '../../electron/sim/sim-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { payAndLeave, signIn } from '../../electron/sim/scenario-steps';

const config = simConfig();

let kiosk: Kiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

const payViolation = (violationId: string) => [...signIn('resident', '1234'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' } } as const, { expect: 'items' } as const, { chooseItem: violationId }, { send: { type: 'ITEMS.CONFIRMED' } } as const, ...payAndLeave];

describe('a paid transaction the central refuses for good', () => {
  it('is dead, its payment is reversed at the terminal (the journal says so), and the rows behind it are delivered', async () => {
    const logger = createMemoryLogger();
    let paidCount = 0;
    const world: { central?: NonNullable<Kiosk['embeddedCentral']> } = {};
    const violations: string[] = [];
    kiosk = await createKiosk(config, {
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-dead-')), logger, isSyncTimerOn: false,
      faults: {
        // Each session's own sync after payment finds the central answering 503, so the three
        // rows wait in the queue; the first one's fee changes meanwhile (412 quote-changed: final).
        afterPaidCommit: () => {
          paidCount += 1;
          if (paidCount === 1) world.central?.control.changeFee('traffic-fines', violations[0]!, 99_900);
          world.central?.control.faultNext({ kind: 'status', status: 503 });
        },
      },
    });
    const central = (world.central = kiosk.embeddedCentral!);
    violations.push(...central.control.addViolations(cardHolders.resident.idNumber, 3));
    for (const id of violations) await runSteps(kiosk, payViolation(id));
    const rows = kiosk.outbox!.list('paid', 10);
    expect(rows).toHaveLength(3);

    await kiosk.syncNow();
    const [first, second, third] = rows.map((r) => kiosk!.outbox!.get(r.key)!);
    expect(first).toMatchObject({ state: 'dead', reason: 'central:reason.quote-changed', refund: { kind: 'reversed' } });
    expect([second?.state, third?.state]).toEqual(['synced', 'synced']);
    expect(central.storedTransactionCount()).toBe(2);
    const journal = await kiosk.simulators.payment!.journal();
    expect(journal.map((e) => [e.reference, e.reversed])).toEqual([[first!.key, true], [second!.key, false], [third!.key, false]]);
    expect(central.control.refundRequestCount()).toBe(0);
    expect(logger.lines.filter((l) => l.event === 'payment.reversal').map((l) => l.fields)).toEqual([{ seq: first!.seq, outcome: 'reversed', service: 'traffic-fines' }]);

    // nothing is refunded twice
    await kiosk.syncNow();
    expect((await kiosk.simulators.payment!.journal()).filter((e) => e.reversed)).toHaveLength(1);
  });

  it('when the terminal has no record of the payment to reverse, files one refund request with the central', async () => {
    kiosk = await createKiosk(config, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-dead-rf-')), logger: createMemoryLogger(), isSyncTimerOn: false });
    const central = kiosk.embeddedCentral!;
    const [violation] = central.control.addViolations(cardHolders.resident.idNumber, 1);
    await runSteps(kiosk, payViolation(violation!));
    const row = kiosk.outbox!.list('synced', 10)[0]!;
    // a second row paying the same violation: the central refuses it as already paid
    const dup = kiosk.outbox!.createPending({ ...row, payload: row.payload });
    kiosk.outbox!.markPaid(dup.key, { paymentRef: 'PAY-OLD-DAY', authCode: 'A' });
    await kiosk.syncNow();
    expect(kiosk.outbox!.get(dup.key)).toMatchObject({ state: 'dead', reason: 'central:reason.already-paid', refund: { kind: 'requested', ref: expect.stringMatching(/^RF-/) } });
    expect(central.control.refundRequestCount(dup.key)).toBe(1);
    await kiosk.syncNow();
    expect(central.control.refundRequestCount()).toBe(1);
  });
});
