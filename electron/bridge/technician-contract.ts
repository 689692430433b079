// Technician mode's part of the bridge contract (contract.ts joins it in): the events its
// screens may send and what its view carries. Device labels (reader names, host:port, device
// paths) are shown as they are; everything else is a technician.json key.
import { z } from 'zod';
import type { TechnicianEvent } from '../../state-machines/technician/technician-types';
import { techRoles } from '../../state-machines/technician/technician-types';

const role = z.enum(techRoles);
const level = z.enum(['ok', 'degraded', 'failed']);
const TechText = z.object({ key: z.string().max(128), values: z.record(z.string(), z.union([z.string().max(256), z.number()])).default({}) });

export const technicianUiEvents = [
  z.object({ type: z.literal('TECH.OPEN'), page: z.enum(['devices', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart']) }),
  z.object({ type: z.literal('TECH.ROLE'), role }),
  z.object({ type: z.literal('TECH.DISCOVER') }),
  z.object({ type: z.literal('TECH.CHOOSE'), index: z.number().int().min(0).max(199) }),
  z.object({ type: z.literal('TECH.SETTING'), name: z.enum(['paperWidthDots', 'codePage']), value: z.enum(['384', '576', 'wpc1252', 'none']) }),
  z.object({ type: z.literal('TECH.TEST') }),
  z.object({ type: z.literal('TECH.SAVE') }),
  z.object({ type: z.literal('TECH.RETRY_SYNC') }),
  z.object({ type: z.literal('TECH.ACK_SALVAGE') }),
  z.object({ type: z.literal('TECH.PAPER_RESET') }),
  z.object({ type: z.literal('TECH.READINESS') }),
  z.object({ type: z.literal('TECH.EXPORT') }),
  z.object({ type: z.literal('TECH.RESTART') }),
  z.object({ type: z.literal('TECH.EXIT') }),
] as const;

// The wire events and the machine's events must stay the same set.
type WireTechnicianEvent = z.infer<(typeof technicianUiEvents)[number]>;
export const wireMatchesMachine: [WireTechnicianEvent] extends [TechnicianEvent] ? ([TechnicianEvent] extends [WireTechnicianEvent] ? true : never) : never = true;

const Device = z.object({ label: z.string().max(200), via: z.string().max(64) });
const Health = z.object({ level, reason: z.string().max(64) });
const TestResult = z.object({ outcome: z.enum(['passed', 'failed', 'running']), detail: TechText.optional() });

export const TechnicianView = z.object({
  page: z.enum(['home', 'devices', 'device', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart']),
  isBusy: z.boolean(),
  notice: TechText.optional(),
  failedEntries: z.number().int().min(0),
  revision: z.number().int().min(0),
  roles: z
    .array(z.object({ role, device: Device, health: Health.optional(), isChanged: z.boolean(), test: TestResult.optional() }))
    .optional(),
  device: z
    .object({
      role,
      current: Device,
      hasDiscovered: z.boolean(),
      options: z.array(Device.extend({ index: z.number().int(), isChosen: z.boolean() })),
      problems: z.array(z.string().max(128)),
      test: TestResult.optional(),
      receiptSettings: z.object({ paperWidthDots: z.union([z.literal(384), z.literal(576)]), codePage: z.enum(['wpc1252', 'none']) }).optional(),
    })
    .optional(),
  outbox: z
    .object({
      isAvailable: z.boolean(),
      counts: z.record(z.string(), z.number().int()),
      oldestPendingAt: z.string().optional(),
      oldestUnsyncedAt: z.string().optional(),
      dead: z.array(z.object({ reference: z.string(), serviceId: z.string(), reason: z.string().max(128), attempts: z.number().int() })),
      salvage: z.array(z.object({ file: z.string().max(128), lost: z.number().int(), lostSeqs: z.array(z.number().int()).max(40), imported: z.number().int(), isCountKnown: z.boolean() })).max(20),
    })
    .optional(),
  logs: z.array(z.object({ time: z.string(), level: z.string(), event: z.string(), detail: z.string().max(400) })).optional(),
  paper: z.object({ printed: z.number().int(), perRoll: z.number().int(), since: z.string() }).optional(),
  readiness: z
    .object({ at: z.string(), checks: z.array(z.object({ role, level, detail: TechText })), isPrinted: z.boolean(), savedAs: z.string() })
    .optional(),
  diagnostics: z.object({ savedAs: z.string(), bytes: z.number().int() }).optional(),
});
export type TechnicianView = z.infer<typeof TechnicianView>;
