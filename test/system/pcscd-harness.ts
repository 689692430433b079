// Starts the machine's one pcscd for the PC/SC system tests, and kills/restarts it for the
// recovery test. Never with -a/--apdu: that logs every APDU, PIN blocks included.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';

export const pcscAptLine = 'apt-get install --no-install-recommends pcscd libpcsclite-dev pcsc-tools vsmartcard-vpcd';
const pcscdBinaries = ['/usr/sbin/pcscd', '/usr/bin/pcscd'];
const vpcdDriver = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';
const pcscdSocket = '/run/pcscd/pcscd.comm';
const pcscdPidFile = '/run/pcscd/pcscd.pid';
const vpcdPorts = [35963, 35964];

export interface PcscdHandle {
  /** SIGKILLs pcscd (ours or one found running) and waits until it is gone. */
  kill(): Promise<void>;
  /** Starts pcscd again and waits until it and its vpcd readers listen. */
  restart(): Promise<void>;
  /** Stops the pcscd this harness started; one that was running before is left running. */
  stop(): Promise<void>;
  /** What pcscd printed (error level only: no APDUs). */
  output(): string;
}

export type PcscdMissing = { readonly kind: 'missing'; readonly message: string };

export function findPcscdStack(): PcscdMissing | undefined {
  const missing = [...(pcscdBinaries.some(existsSync) ? [] : ['pcscd']), ...(existsSync(vpcdDriver) ? [] : ['vsmartcard-vpcd'])];
  if (missing.length === 0) return undefined;
  return { kind: 'missing', message: `PC/SC stack missing (${missing.join(', ')}): as root, ${pcscAptLine}` };
}

/** pids of running pcscd processes, read from /proc (no pgrep dependency). */
function runningPcscd(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.includes('(pcscd)') && !/\) Z /.test(stat)) pids.push(Number(entry));
    } catch {
      continue; // the process ended while we looked
    }
  }
  return pids;
}

/**
 * pcscd refuses to start while its pid file names a process that kill(pid, 0) finds, and
 * a killed pcscd whose parent never reaps it (no init in a container) stays a zombie that
 * kill(pid, 0) still finds. Such a pid file is stale: remove it.
 */
function clearStalePidFile(): void {
  if (!existsSync(pcscdPidFile)) return;
  const pid = Number(readFileSync(pcscdPidFile, 'utf8').trim());
  if (!runningPcscd().includes(pid)) rmSync(pcscdPidFile, { force: true });
}

/** Whether something listens on a local TCP port, from /proc/net/tcp: no connection is made (a
 * connection to a vpcd port would count as inserting a card). */
function isListening(port: number): boolean {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const table = ['/proc/net/tcp', '/proc/net/tcp6'].filter(existsSync).map((f) => readFileSync(f, 'utf8'));
  return table.some((t) => t.split('\n').some((line) => line.includes(`:${hexPort} `) && / 0A /.test(line)));
}

function socketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Polls a condition until it holds; a deadline turns a hang into a clear failure. */
async function until(what: string, check: () => boolean | Promise<boolean>, deadlineMs = 10_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`pcscd harness: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function startPcscd(): Promise<PcscdHandle> {
  let child: ChildProcess | undefined;
  let output = '';
  const wasRunning = runningPcscd().length > 0;

  const launch = async (outlivesUs = false) => {
    clearStalePidFile();
    const binary = pcscdBinaries.find(existsSync) ?? 'pcscd';
    const started = outlivesUs
      ? spawn(binary, ['-f'], { stdio: 'ignore', detached: true })
      : spawn(binary, ['-f'], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', (d) => (output += String(d)));
    started.stderr?.on('data', (d) => (output += String(d)));
    child = started;
    let exitCode: number | null | undefined;
    started.once('exit', (code) => (exitCode = code));
    await until('pcscd and its vpcd readers', async () => {
      if (exitCode !== undefined) throw new Error(`pcscd exited at start (${exitCode}): ${output.slice(-400)}`);
      return vpcdPorts.every(isListening) && (await socketAnswers(pcscdSocket));
    });
  };

  const kill = async () => {
    for (const pid of runningPcscd()) process.kill(pid, 'SIGKILL');
    await until('pcscd to exit', () => runningPcscd().length === 0);
    child = undefined;
  };

  if (!wasRunning) await launch();
  else await until('the running pcscd and its vpcd readers', async () => vpcdPorts.every(isListening) && (await socketAnswers(pcscdSocket)));

  return {
    kill,
    restart: () => launch(),
    async stop() {
      if (child && !wasRunning) {
        const exited = new Promise((r) => child?.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      } else if (wasRunning && runningPcscd().length === 0) {
        await launch(true); // leave the machine as we found it: a pcscd running (now one we spawned)
        child?.unref();
      }
    },
    output: () => output,
  };
}
