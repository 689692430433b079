// Timers a test fires by hand. `whenArmed()` lets a test wait until a driver that reads a real
// device has received its bytes and started waiting for more.
import type { Timers } from './contract';

export class ManualTimers implements Timers {
  private readonly pending = new Map<number, () => void>();
  private next = 1;
  private waiters: (() => void)[] = [];

  setTimeout(callback: () => void, _ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, callback);
    for (const wake of this.waiters.splice(0)) wake();
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  armedCount(): number {
    return this.pending.size;
  }

  /** Resolves now if a timer is pending, else when the next one is set. */
  whenArmed(): Promise<void> {
    if (this.pending.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Fires every pending timer once, as if all their delays had passed. */
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}
