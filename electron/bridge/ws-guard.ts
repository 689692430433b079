// Who may open a socket: only the page this server served (its own Origin and Host) and
// only with this launch's token. Pure, so every refusal is a table test.
import { timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../hardware/result';
import { WsPath, type Refusal } from './ws-protocol';

export type Channel = 'bridge' | 'dev';

export interface GuardExpectation {
  readonly token: string;
  /** "http://127.0.0.1:<port>": the page's own origin. */
  readonly origin: string;
  /** "127.0.0.1:<port>": refuses DNS-rebinding hosts. */
  readonly host: string;
  readonly isDevEnabled: boolean;
}

export interface UpgradeRequest {
  readonly url: string | undefined;
  readonly origin: string | undefined;
  readonly host: string | undefined;
}

export function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkHost(host: string | undefined, expected: GuardExpectation): boolean {
  return host === expected.host;
}

export function checkUpgrade(request: UpgradeRequest, expected: GuardExpectation): Result<Channel, Refusal> {
  if (!checkHost(request.host, expected)) return err('bad-host');
  if (request.origin !== expected.origin) return err('bad-origin');
  const url = new URL(request.url ?? '/', expected.origin);
  const channel: Channel | undefined = url.pathname === WsPath.bridge ? 'bridge' : url.pathname === WsPath.dev ? 'dev' : undefined;
  if (!channel) return err('bad-path');
  if (!isSameSecret(url.searchParams.get('token') ?? '', expected.token)) return err('bad-token');
  if (channel === 'dev' && !expected.isDevEnabled) return err('dev-disabled');
  return ok(channel);
}
