// A private cupsd for tests: its own config, spool and state under a temp folder, its own free
// port on 127.0.0.1, no systemd. Queues use test/fixtures/cups/keep-pdf-backend.sh, which keeps
// each PDF byte for byte and plays paper-out / jam while a flag file exists. Needs root (cupsd
// refuses to start otherwise) and Debian's cups + cups-client; a missing piece fails loudly.
import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CUPSD = '/usr/sbin/cupsd';
const CUPS_LIB = '/usr/lib/cups';
const backendSource = new URL('../fixtures/cups/keep-pdf-backend.sh', import.meta.url);

export type QueueFault = 'paper-out' | 'jammed';

export interface KeepQueue {
  readonly name: string;
  /** ipp://127.0.0.1:<port>/printers/<name> */
  readonly printerUri: string;
  /** The backend reports this fault on the next job while it is set. */
  setFault(fault: QueueFault, isOn: boolean): Promise<void>;
  /** The documents the backend kept, by job id, byte for byte. */
  printed(): Promise<Uint8Array[]>;
  /** cupsdisable -r / cupsenable / cupsreject / cupsaccept, through the CUPS tools. */
  disable(reason: string): Promise<void>;
  enable(): Promise<void>;
  reject(): Promise<void>;
  accept(): Promise<void>;
}

export interface PrivateCupsd {
  readonly port: number;
  /** For CUPS_SERVER. */
  readonly server: string;
  readonly root: string;
  addQueue(name: string): Promise<KeepQueue>;
  isRunning(): boolean;
  /** Stops the daemon (its queues and jobs stay on disk); start() brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('cupsd-harness: no free port');
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function writeConfig(root: string, port: number): Promise<void> {
  const bin = join(root, 'bin');
  await mkdir(join(bin, 'backend'), { recursive: true });
  // cupsd finds filters, cgi and backends under ServerBin: ours mirrors Debian's, plus our backend
  for (const entry of await readdir(CUPS_LIB)) if (entry !== 'backend') await symlink(join(CUPS_LIB, entry), join(bin, entry));
  const backend = join(bin, 'backend', 'keep');
  await copyFile(backendSource, backend);
  await chmod(backend, 0o700); // mode 0700: cupsd runs it as root, so it may write our out/ folder
  for (const dir of ['conf', 'spool', 'cache', 'state', 'tmp', 'log', 'queues']) await mkdir(join(root, dir), { recursive: true });
  await writeFile(
    join(root, 'conf', 'cups-files.conf'),
    [
      `ServerRoot ${root}/conf`,
      `RequestRoot ${root}/spool`,
      `CacheDir ${root}/cache`,
      `StateDir ${root}/state`,
      `TempDir ${root}/tmp`,
      `ServerBin ${bin}`,
      `AccessLog ${root}/log/access_log`,
      `ErrorLog ${root}/log/error_log`,
      `PageLog ${root}/log/page_log`,
      'DataDir /usr/share/cups',
      'DocumentRoot /usr/share/cups/doc-root',
      'User lp',
      'Group lp',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(root, 'conf', 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow 127.0.0.1',
      '</Location>',
      // no login for any operation: only this machine can reach the port
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
}

export async function startPrivateCupsd(): Promise<PrivateCupsd> {
  if (!existsSync(CUPSD)) throw new Error(`cupsd-harness: ${CUPSD} is missing: run sudo test/setup-system.sh`);
  if (process.getuid?.() !== 0) throw new Error('cupsd-harness: cupsd needs root');
  const root = await mkdtemp(join(tmpdir(), 'kiosk-cupsd-'));
  await chmod(root, 0o755);
  const port = await freePort();
  await writeConfig(root, port);
  const server = `127.0.0.1:${port}`;
  const env = { ...process.env, CUPS_SERVER: server };
  const tool = async (command: string, args: readonly string[]): Promise<void> => {
    await run(command, [...args], { env, timeout: 15_000 });
  };
  let daemon: ChildProcess | undefined;
  let log = '';

  const start = async (): Promise<void> => {
    const child = spawn(CUPSD, ['-f', '-c', join(root, 'conf', 'cupsd.conf'), '-s', join(root, 'conf', 'cups-files.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    daemon = child;
    // readiness: the port accepts connections (bounded; the daemon writes nothing when ready)
    for (let tries = 0; tries < 200; tries++) {
      if (child.exitCode !== null) throw new Error(`cupsd-harness: cupsd exited ${child.exitCode}: ${log}`);
      if (await accepts(port)) return;
      await delay(50);
    }
    throw new Error(`cupsd-harness: cupsd did not listen on ${server}: ${log}`);
  };

  const stop = async (): Promise<void> => {
    const child = daemon;
    daemon = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };

  await start();
  // a test run that dies must not leave our daemon behind (only ours: by its own handle)
  process.once('exit', () => daemon?.kill('SIGTERM'));

  return {
    port,
    server,
    root,
    isRunning: () => daemon !== undefined && daemon.exitCode === null,
    start,
    stop,
    async dispose() {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
    async addQueue(name) {
      const dir = join(root, 'queues', name);
      await mkdir(join(dir, 'out'), { recursive: true });
      // -m raw: no filters, the document reaches the backend as sent (CUPS warns it is deprecated)
      await tool('lpadmin', ['-p', name, '-E', '-v', `keep:${dir}`, '-m', 'raw']);
      return {
        name,
        printerUri: `ipp://${server}/printers/${name}`,
        async setFault(fault, isOn) {
          if (isOn) await writeFile(join(dir, fault), '');
          else await rm(join(dir, fault), { force: true });
        },
        async printed() {
          const files = (await readdir(join(dir, 'out')))
            .map((file) => ({ file, id: Number(/^job_(\d+)\.pdf$/.exec(file)?.[1]) }))
            .filter((f) => Number.isInteger(f.id))
            .sort((a, b) => a.id - b.id);
          return Promise.all(files.map(async (f) => new Uint8Array(await readFile(join(dir, 'out', f.file)))));
        },
        disable: (reason) => tool('cupsdisable', ['-r', reason, name]),
        enable: () => tool('cupsenable', [name]),
        reject: () => tool('cupsreject', [name]),
        accept: () => tool('cupsaccept', [name]),
      };
    },
  };
}
