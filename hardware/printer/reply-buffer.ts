// Bytes a printer sent back, waited for by count with a timeout (status answers).
import type { Result } from '../result';
import { err, ok } from '../result';
import type { TransportError } from './escpos-transport';

interface Waiter {
  readonly count: number;
  readonly resolve: (result: Result<Uint8Array, TransportError>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class ReplyBuffer {
  private bytes: number[] = [];
  private waiter: Waiter | undefined;
  private failure: string | undefined;

  push(chunk: Uint8Array): void {
    this.bytes.push(...chunk);
    this.settle();
  }

  /** The link broke: a pending or later read fails at once instead of waiting out its timeout. */
  fail(code: string): void {
    this.failure ??= code;
    this.settle();
  }

  clear(): void {
    this.bytes = [];
  }

  take(count: number, timeoutMs: number): Promise<Result<Uint8Array, TransportError>> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(err({ kind: 'timeout', during: 'read' }));
      }, timeoutMs);
      this.waiter = { count, resolve, timer };
      this.settle();
    });
  }

  private settle(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    if (this.bytes.length >= waiter.count) {
      this.waiter = undefined;
      clearTimeout(waiter.timer);
      waiter.resolve(ok(Uint8Array.from(this.bytes.splice(0, waiter.count))));
    } else if (this.failure !== undefined) {
      this.waiter = undefined;
      clearTimeout(waiter.timer);
      waiter.resolve(err({ kind: 'unreachable', code: this.failure }));
    }
  }
}
