// ESC/POS over a raw TCP socket (port 9100, "JetDirect"): a fresh connection per job, since
// most network printers serve one client at a time and print when it closes.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { EscPosLink, EscPosTransport, TransportError } from './escpos-transport';
import { ReplyBuffer } from './reply-buffer';

export interface TcpTarget {
  readonly host: string;
  readonly port: number;
}

class TcpLink implements EscPosLink {
  private readonly replies = new ReplyBuffer();

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.replies.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => this.replies.fail(error.code ?? 'socket-error'));
    socket.on('close', () => this.replies.fail('closed'));
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<Result<void, TransportError>> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(err({ kind: 'timeout', during: 'write' })), timeoutMs);
      this.socket.write(bytes, (error) => {
        clearTimeout(timer);
        resolve(error ? err({ kind: 'unreachable', code: (error as NodeJS.ErrnoException).code ?? 'write-failed' }) : ok());
      });
    });
  }

  read(count: number, timeoutMs: number): Promise<Result<Uint8Array, TransportError>> {
    return this.replies.take(count, timeoutMs);
  }

  discardInput(): void {
    this.replies.clear();
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      // A printer that stopped reading never lets end() finish: destroy after a short grace.
      this.socket.end(() => this.socket.destroy());
      setTimeout(() => this.socket.destroy(), 1000).unref();
    });
  }
}

export class TcpTransport implements EscPosTransport {
  constructor(private readonly target: TcpTarget) {}

  open(timeoutMs: number): Promise<Result<EscPosLink, TransportError>> {
    return new Promise((resolve) => {
      const socket = connect({ host: this.target.host, port: this.target.port, noDelay: true });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(err({ kind: 'timeout', during: 'connect' }));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(ok(new TcpLink(socket)));
      });
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        resolve(err({ kind: 'unreachable', code: error.code ?? 'connect-failed' }));
      });
    });
  }
}
