// Technician mode's part of the view: a plain object from the technician machine's snapshot,
// only what the current page shows.
import type { SnapshotFrom } from 'xstate';
import type { TechnicianView } from '../bridge/technician-contract';
import type { technicianMachine } from '../../state-machines/technician/technician-machine';
import { techRoles } from '../../state-machines/technician/technician-types';
import { isSameDevice } from './device-options';

type TechnicianSnapshot = SnapshotFrom<typeof technicianMachine>;

const device = (option: { label: string; via: string }) => ({ label: option.label, via: option.via });

export function projectTechnician(snapshot: TechnicianSnapshot): TechnicianView {
  const c = snapshot.context;
  const isBusy = snapshot.hasTag('busy');
  const view: TechnicianView = {
    page: c.page,
    isBusy,
    failedEntries: c.current?.failedEntries ?? 0,
    revision: c.current?.revision ?? 0,
    ...(c.notice ? { notice: { key: c.notice.key, values: { ...c.notice.values } } } : {}),
  };
  const draft = c.draft;
  const current = c.current;
  switch (c.page) {
    case 'devices':
      if (draft && current) {
        view.roles = techRoles.map((role) => {
          const test = c.tests[role];
          const health = current.health[role];
          return {
            role,
            device: device(draft.assignments[role]),
            isChanged: !isSameDevice(draft.assignments[role], current.assignments[role]) || (role === 'receipt-printer' && JSON.stringify(draft.receiptSettings) !== JSON.stringify(current.receiptSettings)),
            ...(health ? { health: { level: health.level, reason: health.reason } } : {}),
            ...(test ? { test: { outcome: test.outcome, detail: { key: test.detail.key, values: { ...test.detail.values } } } } : {}),
          };
        });
      }
      break;
    case 'device':
      if (draft && c.role) {
        const chosen = draft.assignments[c.role];
        const test = c.tests[c.role];
        const isTesting = snapshot.matches({ device: 'testing' });
        view.device = {
          role: c.role,
          current: device(chosen),
          hasDiscovered: c.discovery !== undefined,
          options: (c.discovery?.options ?? []).map((option, index) => ({ ...device(option), index, isChosen: isSameDevice(option, chosen) })),
          problems: [...(c.discovery?.problems ?? [])],
          ...(isTesting ? { test: { outcome: 'running' as const } } : test ? { test: { outcome: test.outcome, detail: { key: test.detail.key, values: { ...test.detail.values } } } } : {}),
          ...(c.role === 'receipt-printer' ? { receiptSettings: { ...draft.receiptSettings } } : {}),
        };
      }
      break;
    case 'outbox':
      if (c.outbox) {
        view.outbox = {
          isAvailable: c.outbox.isAvailable,
          counts: { ...c.outbox.counts },
          ...(c.outbox.oldestPendingAt ? { oldestPendingAt: c.outbox.oldestPendingAt } : {}),
          ...(c.outbox.oldestUnsyncedAt ? { oldestUnsyncedAt: c.outbox.oldestUnsyncedAt } : {}),
          dead: c.outbox.dead.map((row) => ({ ...row, reason: row.reason.slice(0, 128) })),
          salvage: c.outbox.salvage.slice(0, 20).map((file) => ({ ...file, lostSeqs: file.lostSeqs.slice(0, 40) })),
        };
      }
      break;
    case 'logs':
      view.logs = c.logs.map((line) => ({ ...line }));
      break;
    case 'paper':
      if (c.paper) view.paper = { ...c.paper };
      break;
    case 'readiness':
      if (c.readiness) view.readiness = { ...c.readiness, checks: c.readiness.checks.map((check) => ({ role: check.role, level: check.level, detail: { key: check.detail.key, values: { ...check.detail.values } } })) };
      break;
    case 'diagnostics':
      if (c.diagnostics) view.diagnostics = { ...c.diagnostics };
      break;
    default:
      break;
  }
  return view;
}
