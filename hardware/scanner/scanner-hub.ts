// The listener list and health every scanner shares: one place that turns reads into events.
import type { DeviceHealth } from '../result';
import type { ScannerEvent } from './contract';
import type { ScanRead } from './scan-read';

export class ScannerHub {
  private readonly listeners = new Set<(event: ScannerEvent) => void>();
  private current: DeviceHealth;

  constructor(initial: DeviceHealth) {
    this.current = initial;
  }

  subscribe(listener: (event: ScannerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): DeviceHealth {
    return this.current;
  }

  setHealth(health: DeviceHealth): void {
    if (JSON.stringify(health) === JSON.stringify(this.current)) return;
    this.current = health;
    this.emit({ type: 'SCANNER.HEALTH', health });
  }

  read(read: ScanRead): void {
    this.emit(read.kind === 'code' ? { type: 'CODE.SCANNED', text: read.text } : { type: 'SCANNER.REJECTED', reason: read.reason, length: read.length });
  }

  clear(): void {
    this.listeners.clear();
  }

  private emit(event: ScannerEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
