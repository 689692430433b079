// Runs one program without a shell (arguments are never parsed by /bin/sh, so text cannot
// become a command), feeds it stdin, caps its output and kills it when it overstays.
import { spawn } from 'node:child_process';
import { err, ok, type Result } from '../result';

export interface ProcessOutput {
  readonly stdout: Uint8Array;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
}

export type ProcessError =
  | { readonly kind: 'not-found'; readonly command: string }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'output-too-large'; readonly maxBytes: number }
  | { readonly kind: 'spawn-failed'; readonly code: string };

export interface RunOptions {
  readonly input?: string;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
}

/** The seam drivers take, so their tests can answer for the program. */
export type ProcessRunner = (command: string, args: readonly string[], options: RunOptions) => Promise<Result<ProcessOutput, ProcessError>>;

const maxStderrChars = 4_096;

export const runProcess: ProcessRunner = (command, args, options) =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], { shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let failure: ProcessError | undefined;
    const stop = (reason: ProcessError) => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop({ kind: 'timeout', timeoutMs: options.timeoutMs }), options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxOutputBytes) stop({ kind: 'output-too-large', maxBytes: options.maxOutputBytes });
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < maxStderrChars) stderr += chunk.toString('utf8').slice(0, maxStderrChars - stderr.length);
    });
    // a child that exits before reading all of stdin breaks the pipe: its exit status says more
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      failure ??= error.code === 'ENOENT' ? { kind: 'not-found', command } : { kind: 'spawn-failed', code: error.code ?? 'unknown' };
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (failure) resolve(err(failure));
      else resolve(ok({ stdout: new Uint8Array(Buffer.concat(chunks)), stderr, exitCode, signal }));
    });
    child.stdin.end(options.input ?? '');
  });
