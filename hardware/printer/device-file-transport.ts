// ESC/POS through a character device: the USB printer class (/dev/usb/lp0), or a serial
// tty once configured. Status answers come back through the same file (usblp is two-way).
import type { Result } from '../result';
import { err, ok } from '../result';
import type { EscPosLink, EscPosTransport, TransportError } from './escpos-transport';
import { FdPort } from './fd-port';

class FdLink implements EscPosLink {
  private pendingDiscard: Promise<unknown> = Promise.resolve();

  constructor(private readonly port: FdPort) {}

  async write(bytes: Uint8Array, timeoutMs: number): Promise<Result<void, TransportError>> {
    await this.pendingDiscard;
    return this.port.write(bytes, timeoutMs);
  }

  async read(count: number, timeoutMs: number): Promise<Result<Uint8Array, TransportError>> {
    return this.port.read(count, timeoutMs);
  }

  discardInput(): void {
    this.pendingDiscard = this.port.readAvailable();
  }

  close(): Promise<void> {
    return this.port.close();
  }
}

export class DeviceFileTransport implements EscPosTransport {
  constructor(
    private readonly path: string,
    /** Runs before each open (the serial transport sets the line up with stty). */
    private readonly prepare: () => Promise<Result<void, TransportError>> = async () => ok(),
  ) {}

  async open(timeoutMs: number): Promise<Result<EscPosLink, TransportError>> {
    const prepared = await this.prepare();
    if (!prepared.ok) return prepared;
    const opening = FdPort.open(this.path);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const port = await Promise.race([opening, timeout]);
    clearTimeout(timer);
    if (port === 'timeout') {
      // The open may still finish later: close what it opens so no fd leaks.
      opening.then((late) => (late.ok ? late.value.close() : undefined));
      return err({ kind: 'timeout', during: 'connect' });
    }
    return port.ok ? ok(new FdLink(port.value)) : port;
  }
}
