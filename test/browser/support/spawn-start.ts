// Runs `npm start`'s entry (electron/start.ts) as its own process, the way a maintainer does,
// and collects what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';

export interface StartedProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The first full line on stdout (the URL line in browser mode). */
  readonly firstLine: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group (npm, sh, tsx, node). */
  interrupt(): void;
  /** Cleanup after a failed test: the whole group, at once. */
  kill(): void;
}

/** `viaNpm` spawns `npm start` itself (as the cold-start figure must); otherwise node + tsx directly. */
export function spawnStart(args: readonly string[], env: Readonly<Record<string, string>>, options: { readonly viaNpm?: boolean } = {}): StartedProcess {
  const command = options.viaNpm ? 'npm' : process.execPath;
  const commandArgs = options.viaNpm ? ['start', '--silent', '--', ...args] : ['--import', 'tsx', 'electron/start.ts', ...args];
  // its own process group, so a signal reaches every process npm and tsx put in between
  const child = spawn(command, commandArgs, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let hasExited = false;
  child.once('exit', () => (hasExited = true));
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (!hasExited && child.pid !== undefined) process.kill(-child.pid, signal);
  };
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk) => (err += String(chunk)));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(out.slice(0, newline));
    });
    child.once('exit', (code) => reject(new Error(`start exited (${code}) before printing a line: ${err}`)));
  });
  firstLine.catch(() => undefined); // a test that never asks for the line must not see an unhandled rejection
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, firstLine, exited, interrupt: () => signalGroup('SIGINT'), kill: () => signalGroup('SIGKILL') };
}
