// A headphone jack for tests and the dev panel: plug() and unplug() as a person would.
import type { DeviceHealth } from '../result';
import type { HeadphoneJack, HeadphoneJackEvent } from './contract';

export class SimulatedHeadphoneJack implements HeadphoneJack {
  private readonly listeners = new Set<(event: HeadphoneJackEvent) => void>();
  private isPlugged: boolean;
  private currentHealth: DeviceHealth = { level: 'ok' };

  constructor(options: { isPluggedIn?: boolean } = {}) {
    this.isPlugged = options.isPluggedIn ?? false;
  }

  plug(): void {
    this.set(true);
  }

  unplug(): void {
    this.set(false);
  }

  /** A jack that is not ok reads as unplugged, as the real one does, and says so. */
  setHealth(health: DeviceHealth): void {
    this.change(() => {
      this.currentHealth = health;
    });
  }

  isPluggedIn(): boolean {
    return this.isPlugged && this.currentHealth.level === 'ok';
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  subscribe(listener: (event: HeadphoneJackEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  private set(isPlugged: boolean): void {
    this.change(() => {
      this.isPlugged = isPlugged;
    });
  }

  /** Emits what changed, in the real driver's order: health first, then plugged/unplugged. */
  private change(apply: () => void): void {
    const before = { health: JSON.stringify(this.currentHealth), isPluggedIn: this.isPluggedIn() };
    apply();
    const events: HeadphoneJackEvent[] = [];
    if (JSON.stringify(this.currentHealth) !== before.health) events.push({ type: 'HEADPHONES.HEALTH', health: this.currentHealth });
    if (this.isPluggedIn() !== before.isPluggedIn) events.push({ type: this.isPluggedIn() ? 'HEADPHONES.PLUGGED' : 'HEADPHONES.UNPLUGGED' });
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
}
