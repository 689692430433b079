// Read-only: the holder's and their dependants' requests, newest first.
import { err, ok } from '../../hardware/result';
import type { InfoRow } from '../../state-machines/domain';
import { keptDocument } from '../documents/kept-document';
import { peopleOf } from '../db/people-queries';
import { requestsAbout } from '../db/record-queries';
import { eligible, reason, subjectRelation } from './common';
import type { ServiceRules } from './rule-types';

const readOnly = { status: 422, reason: reason('read-only-service') };

export const myRequests: ServiceRules = {
  eligibility(ctx, q) {
    const relation = subjectRelation(ctx, q.holderId, q.subjectId);
    return relation.ok ? eligible : { eligible: false, reason: relation.error };
  },
  items: () => ok([]),
  quote: () => err(readOnly),
  apply: () => err(readOnly),
  info(ctx, holderId) {
    const people = peopleOf(ctx.db, holderId);
    const byId = new Map(people.map((p) => [p.idNumber, p]));
    return requestsAbout(ctx.db, people.map((p) => p.idNumber)).map((r): InfoRow => {
      const person = byId.get(r.subjectId);
      // a paid certificate that did not print: ready to print at any kiosk, posted, or reprinted
      const kept = keptDocument(ctx.db, r, holderId);
      return {
        labelKey: `central:request.${r.serviceId}`,
        labelValues: { number: r.id, date: r.submittedAt, nameAr: person?.nameAr ?? '', nameLatin: person?.nameLatin ?? '' },
        statusKey: kept?.statusKey ?? (r.status === 'rejected' ? `central:status.rejected.${r.reason ?? 'other'}` : `central:status.${r.status}`),
        ...(kept?.action ? { action: kept.action } : {}),
      };
    });
  },
};
