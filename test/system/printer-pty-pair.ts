// A linked pseudo-terminal pair from socat, standing in for a USB or serial cable: the
// driver opens one end, the virtual printer the other. Stopped by the test that started it.
import { spawn } from 'node:child_process';

export interface PtyPair {
  readonly driverPath: string;
  readonly printerPath: string;
  stop(): Promise<void>;
}

export function startPtyPair(): Promise<PtyPair> {
  const socat = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (socat.exitCode === null && socat.signalCode === null) socat.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let log = '';
    socat.once('error', (error) => reject(new Error(`socat could not start (Debian package "socat"): ${error.message}`)));
    exited.then(() => reject(new Error(`socat exited before the ptys were ready:\n${log}`)));
    socat.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const paths = [...log.matchAll(/PTY is (\/dev\/pts\/\d+)/g)].map((m) => m[1]!);
      if (paths.length === 2 && log.includes('starting data transfer loop')) resolve({ driverPath: paths[0]!, printerPath: paths[1]!, stop });
    });
  });
}
