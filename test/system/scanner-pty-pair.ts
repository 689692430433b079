// A socat pseudo-terminal pair with stable link names, standing in for a serial scanner's cable:
// the driver opens `hostPath`, the test writes what the scanner would send into the other end.
// Stable names let a test pull the cable (stop) and plug it back (start) on the same path.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

export interface ScannerCable {
  readonly hostPath: string;
  readonly devicePath: string;
  /** Writes bytes as the scanner sends them. */
  send(bytes: Uint8Array): Promise<void>;
  start(): Promise<void>;
  /** Pulls the cable: socat exits, both ends close. */
  stop(): Promise<void>;
}

export function scannerCable(dir: string): ScannerCable {
  const hostPath = join(dir, 'scanner-host');
  const devicePath = join(dir, 'scanner-device');
  let socat: ChildProcess | undefined;
  let device: FileHandle | undefined;

  const start = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${devicePath}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      socat = child;
      let log = '';
      const early = (code: number | null): void => reject(new Error(`socat exited (${code}) before the ptys were ready:\n${log}`));
      child.once('error', (error) => reject(new Error(`socat could not start (Debian package "socat"): ${error.message}`)));
      child.once('exit', early);
      const onLog = (chunk: Buffer): void => {
        log += chunk.toString();
        if (!log.includes('starting data transfer loop')) return;
        // ready once: later log lines (socat says goodbye on SIGTERM) must not run this again
        child.stderr?.off('data', onLog);
        child.stderr?.resume();
        child.off('exit', early);
        open(devicePath, 'r+').then((handle) => {
          device = handle;
          resolve();
        }, reject);
      };
      child.stderr?.on('data', onLog);
    });

  const stop = async (): Promise<void> => {
    await device?.close();
    device = undefined;
    const child = socat;
    socat = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };

  return {
    hostPath,
    devicePath,
    start,
    stop,
    async send(bytes) {
      if (!device) throw new Error('scanner cable: not started');
      await device.write(bytes); // async: the driver reads in this same process
    },
  };
}
