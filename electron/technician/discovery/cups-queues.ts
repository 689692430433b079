// CUPS queues for the A4 printer role, from `lpstat -e` against the configured server. The
// queue becomes an IPP address the IPP driver can use.
import { execFile } from 'node:child_process';
import { err, ok, type Result } from '../../../hardware/result';

export type RunLpstat = (server: string, timeoutMs: number) => Promise<Result<string, 'cups-unreachable'>>;

export const runLpstat: RunLpstat = (server, timeoutMs) =>
  new Promise((resolve) => {
    execFile('lpstat', ['-h', server, '-e'], { timeout: timeoutMs, env: { ...process.env, LANG: 'C' } }, (error, stdout) => {
      resolve(error ? err('cups-unreachable') : ok(stdout));
    });
  });

/** Queue names, one per line; anything that is not a plain queue name is dropped. */
export function parseQueueNames(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Za-z0-9_.-]{1,127}$/.test(line));
}

export async function listCupsQueues(server: string, timeoutMs: number, run: RunLpstat = runLpstat): Promise<Result<{ name: string; printerUri: string }[], 'cups-unreachable'>> {
  const answer = await run(server, timeoutMs);
  if (!answer.ok) return answer;
  return ok(parseQueueNames(answer.value).map((name) => ({ name, printerUri: `ipp://${server}/printers/${name}` })));
}
