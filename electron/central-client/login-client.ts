// The kiosk's side of "sign in with the ministry app": ask the central for a one-time code,
// then long-poll until the app approves it or it expires. Every failure is a CentralError
// value; nothing throws. Either call stops early when its AbortSignal fires (the session left
// the screen), so no socket outlives the QR code.
import type { z } from 'zod';
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import type { ApprovalOutput, ChallengeOutput } from '../../state-machines/session/session-types';
import { createCentralClock } from './central-clock';
import { ChallengeResponse, WaitResponse, loginChallengesPath, loginWaitPath, maxLoginHoldMs } from './login-wire';
import { centralTimeHeader, signatureHeader, signRequest, timestampHeader } from './signing';
import { currentSecret, type KioskSecret } from './http-call';
import { ErrorResponse } from './wire';

export interface LoginClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  /** For the challenge request, and on top of the hold for each wait. */
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
  /** How long the central may hold each wait open (default and maximum 25 s). */
  readonly holdMs?: number;
  /** The kiosk's secret, when the central wants signed requests (signing.ts); a function reads the current one. */
  readonly secret?: KioskSecret;
}

export interface LoginClient {
  requestChallenge(signal?: AbortSignal): Promise<ChallengeOutput>;
  /** Re-issues the long-poll until the code is approved or expired (or the signal aborts: `timeout`). */
  awaitApproval(challengeId: string, signal?: AbortSignal): Promise<ApprovalOutput>;
}

/** Poll tokens of the codes issued lately; the oldest is forgotten past this many. */
const maxRememberedChallenges = 8;

export function createLoginClient(options: LoginClientOptions): LoginClient {
  const fetchImpl = options.fetchImpl ?? fetch;
  const holdMs = Math.min(options.holdMs ?? maxLoginHoldMs, maxLoginHoldMs);
  const clock = createCentralClock();
  // The poll token stays here, never in the session's context or the view: it is what
  // collecting an approval needs, and the QR code must not be enough for that.
  const pollTokens = new Map<string, string>();

  async function post<S extends z.ZodType>(path: string, payload: unknown, schema: S, timeoutMs: number, signal: AbortSignal | undefined): Promise<Result<z.infer<S>, CentralError>> {
    const body = JSON.stringify(payload);
    const timestamp = clock.stamp();
    const secret = currentSecret(options.secret);
    const signed: Record<string, string> = secret ? { [timestampHeader]: String(timestamp), [signatureHeader]: signRequest(secret, { method: 'POST', path, timestamp, body }) } : {};
    let status: number;
    let text: string;
    try {
      const res = await fetchImpl(options.baseUrl.replace(/\/$/, '') + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-id': options.kioskId, ...signed },
        body,
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      clock.observe(res.headers.get(centralTimeHeader));
      text = await res.text();
    } catch (cause) {
      const name = cause instanceof Error ? cause.name : '';
      return err(name === 'TimeoutError' || name === 'AbortError' ? { kind: 'timeout' } : { kind: 'unreachable' });
    }
    if (status === 401 || status === 403) return err({ kind: 'unauthorised' });
    const json = parseJson(text);
    if (status < 200 || status > 299) {
      const refusal = ErrorResponse.safeParse(json);
      return err({ kind: 'rejected', status, reason: refusal.success ? refusal.data.error.reason : 'central:reason.refused' });
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? ok(parsed.data) : err({ kind: 'bad-response' });
  }

  return {
    async requestChallenge(signal) {
      const answer = await post(loginChallengesPath, {}, ChallengeResponse, options.timeoutMs, signal);
      if (!answer.ok) return answer;
      const { challengeId, pollToken, qrText, expiresInMs } = answer.value;
      pollTokens.set(challengeId, pollToken);
      for (const old of pollTokens.keys()) if (pollTokens.size > maxRememberedChallenges) pollTokens.delete(old);
      return ok({ challengeId, qrText, expiresInMs });
    },

    async awaitApproval(challengeId, signal) {
      const pollToken = pollTokens.get(challengeId);
      if (pollToken === undefined) return err({ kind: 'rejected', status: 404, reason: 'central:reason.login-unknown' });
      try {
        // Each answer is either final or "pending" after a hold: then ask again at once.
        for (;;) {
          if (signal?.aborted) return err({ kind: 'timeout' });
          const answer = await post(loginWaitPath(challengeId), { pollToken, waitMs: holdMs }, WaitResponse, holdMs + options.timeoutMs, signal);
          if (!answer.ok) return answer;
          if (answer.value.status === 'approved') return ok({ kind: 'approved', holder: answer.value.holder, sessionId: answer.value.sessionId });
          if (answer.value.status === 'expired') return ok({ kind: 'expired' });
        }
      } finally {
        pollTokens.delete(challengeId);
      }
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: the schema check that follows turns it into bad-response.
    return undefined;
  }
}
