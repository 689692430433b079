// Technician mode as the tactile keypad reaches it: one control per button the page draws,
// with the same data-control id the renderer puts on it, what is said when it is focused and
// what enter does. Derived from the view alone, like every other screen's controls.
import type { View } from '../bridge/contract';
import type { Control } from '../keypad/controls';
import { text, type Segment } from '../speech/segments';

const pages = ['devices', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart'] as const;
const say = (key: string, values: Record<string, string | number> = {}): Segment => text(`technician:${key}`, values);
const plain = (value: string): Segment => ({ kind: 'plain', value, content: 'public' });

export function technicianControls(view: View): Control[] {
  const tech = view.technician;
  if (!tech) return [];
  const isBusy = tech.isBusy;
  const exit: Control = { id: 'tech-exit', label: [say('exit')], activate: { type: 'TECH.EXIT' } };
  switch (tech.page) {
    case 'home':
      return [...pages.map((page): Control => ({ id: `tech-open-${page}`, label: [say(`${page}.title`), say(`${page}.summary`)], activate: { type: 'TECH.OPEN', page } })), exit];
    case 'devices': {
      const rows = (tech.roles ?? []).map((row): Control => ({
        id: `tech-role-${row.role}`,
        label: [say(`role.${row.role}`), plain(row.device.label), say(row.health ? `health.${row.health.level}` : 'health.none')],
        activate: { type: 'TECH.ROLE', role: row.role },
        isDisabled: isBusy,
      }));
      const restart: Control[] = tech.notice?.key === 'notice.saved' ? [{ id: 'tech-open-restart', label: [say('devices.restart-to-apply')], activate: { type: 'TECH.OPEN', page: 'restart' } }] : [];
      const isChanged = (tech.roles ?? []).some((row) => row.isChanged);
      return [exit, ...rows, ...restart, { id: 'tech-save', label: [say('devices.save')], activate: { type: 'TECH.SAVE' }, isDisabled: isBusy || !isChanged }];
    }
    case 'device': {
      const device = tech.device;
      if (!device) return [exit];
      const options = device.options.map((option): Control => ({ id: `tech-choose-${option.index}`, label: [plain(option.label), say(option.via)], activate: { type: 'TECH.CHOOSE', index: option.index }, isDisabled: isBusy }));
      const settings = device.receiptSettings
        ? (['576', '384', 'wpc1252', 'none'] as const).map((value): Control => {
            const name = value === '576' || value === '384' ? 'paperWidthDots' : 'codePage';
            return { id: `tech-setting-${name}-${value}`, label: [say(`setting.${name}.label`), say(`setting.${name}.${value}`)], activate: { type: 'TECH.SETTING', name, value }, isDisabled: isBusy };
          })
        : [];
      return [
        exit,
        ...options,
        ...settings,
        { id: 'tech-discover', label: [say('device.discover')], activate: { type: 'TECH.DISCOVER' }, isDisabled: isBusy },
        { id: 'tech-test', label: [say(`device.test.${device.role}`)], activate: { type: 'TECH.TEST' }, isDisabled: isBusy },
      ];
    }
    case 'outbox': {
      const lost = tech.outbox?.salvage.reduce((sum, file) => sum + file.lost, 0) ?? 0;
      const acknowledge: Control[] = (tech.outbox?.salvage.length ?? 0) > 0 ? [{ id: 'tech-ack-salvage', label: [say('outbox.salvage.lost', { count: lost }), say('outbox.salvage.acknowledge')], activate: { type: 'TECH.ACK_SALVAGE' }, isDisabled: isBusy }] : [];
      return [exit, ...acknowledge, { id: 'tech-retry-sync', label: [say('outbox.retry')], activate: { type: 'TECH.RETRY_SYNC' }, isDisabled: isBusy }];
    }
    case 'paper':
      return [exit, { id: 'tech-paper-reset', label: [say('paper.reset')], activate: { type: 'TECH.PAPER_RESET' }, isDisabled: isBusy }];
    case 'readiness':
      return [exit, { id: 'tech-readiness', label: [say('readiness.run')], activate: { type: 'TECH.READINESS' }, isDisabled: isBusy }];
    case 'diagnostics':
      return [exit, { id: 'tech-export', label: [say('diagnostics.export')], activate: { type: 'TECH.EXPORT' }, isDisabled: isBusy }];
    case 'restart':
      return [exit, { id: 'tech-restart', label: [say('restart.confirm')], activate: { type: 'TECH.RESTART' }, isDisabled: isBusy }];
    case 'logs':
      return [exit];
  }
}
