// Pure: what a printer status means for a job and for the kiosk's health vocabulary.
import type { DeviceHealth } from '../result';
import type { PrintError, PrinterStatus } from './contract';

/** The typed refusal for a status that cannot print, or undefined when a job may start. */
export function refusalOf(status: PrinterStatus): PrintError | undefined {
  switch (status.kind) {
    case 'ready':
    case 'paper-near-end':
      return undefined;
    case 'paper-out':
    case 'cover-open':
    case 'jam':
    case 'offline':
      return { kind: status.kind };
  }
}

export function healthOfStatus(status: PrinterStatus): DeviceHealth {
  switch (status.kind) {
    case 'ready':
      return { level: 'ok' };
    case 'paper-near-end':
      return { level: 'degraded', reason: 'paper-near-end' };
    case 'paper-out':
    case 'cover-open':
    case 'jam':
    case 'offline':
      return { level: 'failed', reason: status.kind };
  }
}
