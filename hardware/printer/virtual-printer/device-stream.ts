// The virtual printer's end of a pty (or any character device) as a Node Duplex, so it
// serves the device-file and serial transports exactly as it serves TCP.
import { Duplex } from 'node:stream';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import type { TransportError } from '../escpos-transport';
import { FdPort } from '../fd-port';

const POLL_MS = 2;

class DeviceDuplex extends Duplex {
  private isPolling = false;
  private isStopped = false;

  constructor(private readonly port: FdPort) {
    super();
  }

  override _read(): void {
    if (this.isPolling) return;
    this.isPolling = true;
    void this.poll();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.port.write(new Uint8Array(chunk), 5000).then((written) => callback(written.ok ? null : new Error(`device write failed: ${JSON.stringify(written.error)}`)));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.isStopped = true;
    this.port.close().then(() => callback(error));
  }

  private async poll(): Promise<void> {
    while (!this.isStopped) {
      if (this.isPaused()) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      const chunk = await this.port.readAvailable();
      if (!chunk.ok) {
        this.destroy(new Error(`device read failed: ${JSON.stringify(chunk.error)}`));
        return;
      }
      if (chunk.value.length > 0) this.push(Buffer.from(chunk.value));
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

export async function openDeviceStream(path: string): Promise<Result<Duplex, TransportError>> {
  const port = await FdPort.open(path);
  return port.ok ? ok(new DeviceDuplex(port.value)) : err(port.error);
}
