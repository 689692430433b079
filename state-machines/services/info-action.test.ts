import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Eligibility, InfoRow } from '../domain';
import type { ActorResult } from './flow-types';
import { builtInServices } from './catalog';
import type { InfoActionOutcome, InfoActionRequest } from './info-action';
import { loadDefinitions } from './load-definitions';
import { serviceFlowMachine } from './service-flow-machine';

const myRequests = loadDefinitions(builtInServices).services.find((s) => s.id === 'my-requests');
const holder = { idNumber: '28412345678', nameAr: 'أحمد', nameLatin: 'Ahmed', role: 'resident', signIn: 'card' } as const;
const profile = { people: [{ idNumber: '28412345678', nameAr: 'أحمد', nameLatin: 'Ahmed', relation: 'self' as const }] };
const ready: InfoRow = { labelKey: 'central:request.certificate', labelValues: { number: 'REQ-2026-000900' }, statusKey: 'central:status.document-ready-to-print', action: { kind: 'reprint-document', serviceId: 'certificate', documentId: 'REQ-2026-000900' } };
const posted: InfoRow = { labelKey: 'central:request.certificate', labelValues: { number: 'REQ-2026-000901' }, statusKey: 'central:status.document-by-post' };
const reprinted: InfoRow = { ...ready, statusKey: 'central:status.document-reprinted', action: undefined };

const eligible = fromPromise<ActorResult<Eligibility>, { serviceId: string; holderId: string; subjectId: string }>(async () => ({ ok: true, value: { eligible: true } }));
const rows = (value: readonly InfoRow[]) => fromPromise<ActorResult<readonly InfoRow[]>, { serviceId: string; holderId: string | undefined; fields: Record<string, string> }>(async () => ({ ok: true, value }));

/** my-requests with the central's rows answered in turn, and the kiosk core's printing faked. */
function start(answers: InfoRow[][], outcome: InfoActionOutcome) {
  if (!myRequests) throw new Error('my-requests is in the catalogue');
  const taken: InfoActionRequest[] = [];
  let call = 0;
  const machine = serviceFlowMachine.provide({
    actors: {
      checkEligibility: eligible,
      loadInfo: fromPromise(async (): Promise<ActorResult<readonly InfoRow[]>> => ({ ok: true, value: answers[Math.min(call++, answers.length - 1)] ?? [] })),
      runInfoAction: fromPromise(async ({ input }: { input: InfoActionRequest }) => {
        taken.push(input);
        return outcome;
      }),
    },
  });
  const actor = createActor(machine, { input: { definition: myRequests, holder, profile } }).start();
  return { actor, taken };
}

describe('my-requests: printing a kept certificate here', () => {
  it('given a certificate ready to print, when the person chooses it, then the core prints it for them and the rows are asked for again, now reprinted', async () => {
    const { actor, taken } = start([[posted, ready], [posted, reprinted]], 'reprinted');
    await waitFor(actor, (s) => s.matches({ info: 'showing' }));
    actor.send({ type: 'INFO.ACTION', index: 1 });
    await waitFor(actor, (s) => s.matches({ info: 'showing' }) && s.context.infoOutcome !== undefined);
    expect(taken).toEqual([{ holderId: holder.idNumber, action: ready.action }]);
    expect(actor.getSnapshot().context.infoOutcome).toBe('reprinted');
    expect(actor.getSnapshot().context.info[1]?.statusKey).toBe('central:status.document-reprinted');
  });

  it('given a certificate sent by post, when the person chooses its row, then nothing is printed', async () => {
    const { actor, taken } = start([[posted, ready]], 'reprinted');
    await waitFor(actor, (s) => s.matches({ info: 'showing' }));
    actor.send({ type: 'INFO.ACTION', index: 0 });
    expect(actor.getSnapshot().matches({ info: 'showing' })).toBe(true);
    expect(taken).toEqual([]);
  });

  it('given the printer fails at this kiosk, then the person is told and the certificate is still offered', async () => {
    const { actor } = start([[ready]], 'reprint-failed');
    await waitFor(actor, (s) => s.matches({ info: 'showing' }));
    actor.send({ type: 'INFO.ACTION', index: 0 });
    await waitFor(actor, (s) => s.matches({ info: 'showing' }) && s.context.infoOutcome !== undefined);
    expect(actor.getSnapshot().context.infoOutcome).toBe('reprint-failed');
    expect(actor.getSnapshot().context.info[0]?.action).toEqual(ready.action);
  });

  it('given a definition whose info step allows no action, when a row carries one, then it cannot be taken', async () => {
    if (!myRequests) throw new Error('my-requests is in the catalogue');
    const readOnly = { ...myRequests, steps: [{ kind: 'info' as const, rowActions: [] }] };
    const taken: unknown[] = [];
    const machine = serviceFlowMachine.provide({
      actors: { checkEligibility: eligible, loadInfo: rows([ready]), runInfoAction: fromPromise(async ({ input }) => (taken.push(input), 'reprinted' as const)) },
    });
    const actor = createActor(machine, { input: { definition: readOnly, holder, profile } }).start();
    await waitFor(actor, (s) => s.matches({ info: 'showing' }));
    actor.send({ type: 'INFO.ACTION', index: 0 });
    expect(actor.getSnapshot().matches({ info: 'showing' })).toBe(true);
    expect(taken).toEqual([]);
  });
});
