// Non-blocking byte I/O on a character device (USB printer class /dev/usb/lp*, a serial tty
// or a pty). Blocking reads would pin a libuv pool thread for as long as the printer is
// silent, so the fd is opened O_NONBLOCK and EAGAIN is retried on a short timer.
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { TransportError } from './escpos-transport';

const RETRY_MS = 2;
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'io-error';
const isAgain = (error: unknown): boolean => codeOf(error) === 'EAGAIN' || codeOf(error) === 'EWOULDBLOCK';

export class FdPort {
  private isClosed = false;

  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<Result<FdPort, TransportError>> {
    try {
      const handle = await open(path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
      return ok(new FdPort(handle));
    } catch (error) {
      return err({ kind: 'unreachable', code: codeOf(error) });
    }
  }

  async write(bytes: Uint8Array, timeoutMs: number): Promise<Result<void, TransportError>> {
    const deadline = performance.now() + timeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      if (this.isClosed) return err({ kind: 'unreachable', code: 'closed' });
      try {
        const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
        continue;
      } catch (error) {
        if (!isAgain(error)) return err({ kind: 'unreachable', code: codeOf(error) });
      }
      if (performance.now() >= deadline) return err({ kind: 'timeout', during: 'write' });
      await wait(RETRY_MS);
    }
    return ok();
  }

  /** Whatever is waiting now (possibly nothing); never waits. */
  async readAvailable(): Promise<Result<Uint8Array, TransportError>> {
    const buffer = new Uint8Array(4096);
    try {
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, null);
      return ok(buffer.subarray(0, bytesRead));
    } catch (error) {
      return isAgain(error) ? ok(new Uint8Array(0)) : err({ kind: 'unreachable', code: codeOf(error) });
    }
  }

  async read(count: number, timeoutMs: number): Promise<Result<Uint8Array, TransportError>> {
    const deadline = performance.now() + timeoutMs;
    const received: number[] = [];
    while (received.length < count) {
      const chunk = await this.readAvailable();
      if (!chunk.ok) return chunk;
      received.push(...chunk.value);
      if (received.length >= count) break;
      if (performance.now() >= deadline) return err({ kind: 'timeout', during: 'read' });
      await wait(RETRY_MS);
    }
    return ok(Uint8Array.from(received.slice(0, count)));
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    await this.handle.close();
  }
}
