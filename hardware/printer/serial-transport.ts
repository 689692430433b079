// ESC/POS over a serial tty: the line is set raw (no echo, no CR/LF mapping, 8N1, no
// XON/XOFF, which would eat 0x11/0x13 bytes of a raster) at the configured speed, then
// spoken to like a device file.
import { execFile } from 'node:child_process';
import type { Result } from '../result';
import { err, ok } from '../result';
import { DeviceFileTransport } from './device-file-transport';
import type { TransportError } from './escpos-transport';

export function sttyArgs(path: string, baudRate: number): string[] {
  return ['-F', path, String(baudRate), 'raw', '-echo', 'cs8', '-cstopb', '-parenb', '-ixon', '-ixoff', '-crtscts', 'clocal'];
}

function configureLine(path: string, baudRate: number): Promise<Result<void, TransportError>> {
  return new Promise((resolve) => {
    execFile('stty', sttyArgs(path, baudRate), { timeout: 5000 }, (error) =>
      resolve(error ? err({ kind: 'unreachable', code: `stty-failed:${(error as NodeJS.ErrnoException).code ?? 'exit'}` }) : ok()),
    );
  });
}

export class SerialTransport extends DeviceFileTransport {
  constructor(path: string, baudRate: number) {
    super(path, () => configureLine(path, baudRate));
  }
}
