// Between the kiosk config and technician mode's vocabulary: each role's config entry as a
// labelled option, and a draft back into a devices config for the store to validate.
import type { DevicesConfig } from '../config/schema';
import type { DeviceDraft, DeviceOption, TechRole } from '../../state-machines/technician/technician-types';

/** The config key of each role. */
export const configKeyOf = {
  'card-reader': 'cardReader',
  'receipt-printer': 'receiptPrinter',
  'a4-printer': 'a4Printer',
  payment: 'payment',
  keypad: 'keypad',
  scanner: 'scanner',
} as const satisfies Record<TechRole, keyof DevicesConfig>;

type RoleConfig = DevicesConfig[(typeof configKeyOf)[TechRole]];

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

export function optionOf(config: RoleConfig): DeviceOption {
  const entry = config as Readonly<Record<string, unknown>>;
  switch (config.kind) {
    case 'none':
      return { label: '—', via: 'via.none', config: entry };
    case 'simulated':
      return { label: 'Simulated', via: 'via.simulated', config: entry };
    case 'pcsc':
      return { label: config.readerName ?? 'PC/SC: first reader with a card', via: 'via.pcsc', config: entry };
    case 'escpos-tcp':
      return { label: `${config.host}:${config.port}`, via: 'via.tcp', config: entry };
    case 'escpos-device':
      return { label: config.path, via: 'via.device-file', config: entry };
    case 'escpos-serial':
      return { label: `${config.path} @ ${config.baudRate}`, via: 'via.serial', config: entry };
    case 'ipp':
      return { label: config.printerUri, via: 'via.cups', config: entry };
    case 'hid':
      return { label: `HID ${hex4(config.keyMap.vendorId)}:${hex4(config.keyMap.productId)}`, via: 'via.hid', config: entry };
    case 'serial':
      return { label: config.path, via: 'via.serial', config: entry };
  }
}

export function draftOf(devices: DevicesConfig): DeviceDraft {
  const assignments = Object.fromEntries((Object.keys(configKeyOf) as TechRole[]).map((role) => [role, optionOf(devices[configKeyOf[role]])])) as Record<TechRole, DeviceOption>;
  return { assignments, receiptSettings: { paperWidthDots: devices.receiptSettings.paperWidthDots, codePage: devices.receiptSettings.codePage } };
}

/** The draft as a devices config (unvalidated: the store's schema decides). */
export function devicesOf(draft: DeviceDraft, base: DevicesConfig): Record<string, unknown> {
  const roles = Object.fromEntries((Object.keys(configKeyOf) as TechRole[]).map((role) => [configKeyOf[role], draft.assignments[role].config]));
  return { ...base, ...roles, receiptSettings: { ...base.receiptSettings, ...draft.receiptSettings } };
}

/** JSON with keys sorted, so two equal config entries compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two options name the same device (the same config entry). */
export function isSameDevice(a: Pick<DeviceOption, 'config'>, b: Pick<DeviceOption, 'config'>): boolean {
  return canonical(a.config) === canonical(b.config);
}
