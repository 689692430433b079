// A keypad for tests and the dev panel: press(key) as a person would, unplug() as a cable would.
import type { DeviceHealth } from '../result';
import type { Keypad, KeypadEvent, KeypadKey } from './contract';

export class SimulatedKeypad implements Keypad {
  private readonly listeners = new Set<(event: KeypadEvent) => void>();
  private readonly held = new Set<KeypadKey>();
  private currentHealth: DeviceHealth = { level: 'ok' };
  private isClosed = false;

  /** Down and up, as one tap. Ignored while unplugged, as a real keypad's would be. */
  press(key: KeypadKey): void {
    this.hold(key);
    this.release(key);
  }

  hold(key: KeypadKey): void {
    if (this.currentHealth.level !== 'ok' || this.held.has(key)) return;
    this.held.add(key);
    this.emit({ type: 'KEYPAD.PRESSED', key });
  }

  release(key: KeypadKey): void {
    if (!this.held.delete(key)) return;
    this.emit({ type: 'KEYPAD.RELEASED', key });
  }

  /** Held keys come up, then health fails, in the real driver's order. */
  unplug(): void {
    if (this.currentHealth.level !== 'ok') return;
    for (const key of [...this.held]) this.release(key);
    this.setHealth({ level: 'failed', reason: 'keypad unplugged' });
  }

  plugIn(): void {
    if (this.currentHealth.level === 'ok') return;
    this.setHealth({ level: 'ok' });
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  subscribe(listener: (event: KeypadEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.listeners.clear();
  }

  private setHealth(health: DeviceHealth): void {
    this.currentHealth = health;
    this.emit({ type: 'KEYPAD.HEALTH', health });
  }

  private emit(event: KeypadEvent): void {
    if (this.isClosed) return;
    for (const listener of this.listeners) listener(event);
  }
}
