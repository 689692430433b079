// Technician mode's vocabulary: roles, the devices a role can be given, what each actor the
// kiosk core provides answers. Pure types; the machine holds these as data.

export const techRoles = ['card-reader', 'receipt-printer', 'a4-printer', 'payment', 'keypad', 'scanner'] as const;
export type TechRole = (typeof techRoles)[number];

export const techPages = ['home', 'devices', 'device', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart'] as const;
export type TechPage = (typeof techPages)[number];
/** Pages the home screen opens. */
export type TechOpenPage = Exclude<TechPage, 'home' | 'device'>;

export type HealthLevel = 'ok' | 'degraded' | 'failed';

/** Text the screen looks up in locales/<lang>/technician.json: a key and its values. */
export interface TechText {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/**
 * One device a role can be given. The machine treats `config` as opaque: it is the config
 * entry for the role (kind and fields), validated by the core when the draft is saved.
 */
export interface DeviceOption {
  /** What people read: a reader's name, host:port, a device path, a CUPS queue. */
  readonly label: string;
  /** How it is reached, as a technician.json key (`via.tcp`, `via.pcsc`…). */
  readonly via: string;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface ReceiptSettingsDraft {
  readonly paperWidthDots: 384 | 576;
  readonly codePage: 'wpc1252' | 'none';
}

export interface DeviceDraft {
  readonly assignments: Readonly<Record<TechRole, DeviceOption>>;
  readonly receiptSettings: ReceiptSettingsDraft;
}

export interface DevicesState extends DeviceDraft {
  readonly health: Readonly<Record<TechRole, { readonly level: HealthLevel; readonly reason: string } | undefined>>;
  /** The stored config's revision (0: the installer's base config, never saved here). */
  readonly revision: number;
  /** Failed technician sign-ins recorded in the audit log. */
  readonly failedEntries: number;
}

export interface Discovery {
  readonly options: readonly DeviceOption[];
  /** What could not be looked at, as technician.json keys (`problem.pcscd-unavailable`). */
  readonly problems: readonly string[];
}

export interface DeviceTestResult {
  readonly outcome: 'passed' | 'failed';
  readonly detail: TechText;
}

export type SaveOutput = { readonly ok: true; readonly revision: number } | { readonly ok: false; readonly field: string; readonly message: string };

export interface OutboxSummary {
  readonly counts: Readonly<Record<'pending' | 'paid' | 'synced' | 'voided' | 'dead', number>>;
  readonly oldestPendingAt: string | undefined;
  readonly oldestUnsyncedAt: string | undefined;
  readonly dead: readonly { readonly reference: string; readonly serviceId: string; readonly reason: string; readonly attempts: number }[];
  readonly isAvailable: boolean;
  /** Quarantined outbox files whose lost rows keep payments stopped until acknowledged. */
  readonly salvage: readonly { readonly file: string; readonly lost: number; readonly lostSeqs: readonly number[]; readonly imported: number; readonly isCountKnown: boolean }[];
}

export interface LogLine {
  readonly time: string;
  readonly level: string;
  readonly event: string;
  /** The line's other fields, already free of personal data, as `key=value` pairs. */
  readonly detail: string;
}

export interface PaperRoll {
  readonly printed: number;
  readonly perRoll: number;
  readonly since: string;
}

export interface ReadinessReport {
  readonly at: string;
  readonly checks: readonly { readonly role: TechRole; readonly level: HealthLevel; readonly detail: TechText }[];
  readonly isPrinted: boolean;
  readonly savedAs: string;
}

export interface DiagnosticsExport {
  readonly savedAs: string;
  readonly bytes: number;
}

/** What a technician does on the screens (the bridge's UiEvent has the same members). */
export type TechnicianEvent =
  | { type: 'TECH.OPEN'; page: TechOpenPage }
  | { type: 'TECH.ROLE'; role: TechRole }
  | { type: 'TECH.DISCOVER' }
  | { type: 'TECH.CHOOSE'; index: number }
  /** The receipt printer's width (384 | 576 dots) or code page (wpc1252 | none); a mismatched pair is ignored. */
  | { type: 'TECH.SETTING'; name: 'paperWidthDots' | 'codePage'; value: '384' | '576' | 'wpc1252' | 'none' }
  | { type: 'TECH.TEST' }
  | { type: 'TECH.SAVE' }
  | { type: 'TECH.RETRY_SYNC' }
  /** The technician has seen the rows a quarantined outbox lost: payments may start again. */
  | { type: 'TECH.ACK_SALVAGE' }
  | { type: 'TECH.PAPER_RESET' }
  | { type: 'TECH.READINESS' }
  | { type: 'TECH.EXPORT' }
  | { type: 'TECH.RESTART' }
  | { type: 'TECH.EXIT' };

export const technicianEventTypes = [
  'TECH.OPEN', 'TECH.ROLE', 'TECH.DISCOVER', 'TECH.CHOOSE', 'TECH.SETTING', 'TECH.TEST', 'TECH.SAVE', 'TECH.RETRY_SYNC', 'TECH.ACK_SALVAGE', 'TECH.PAPER_RESET', 'TECH.READINESS', 'TECH.EXPORT', 'TECH.RESTART', 'TECH.EXIT',
] as const satisfies readonly TechnicianEvent['type'][];

export type TechnicianOutput = { readonly kind: 'exit' };
