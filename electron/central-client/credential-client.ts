// The kiosk's calls about itself rather than about a person: enrol with a one-time code,
// rotate its secret, and file a refund request for a dead transaction. Results, never throws.
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { EnrolRequest, EnrolResponse, RotateResponse, enrolmentPath, normaliseEnrolmentCode, rotatePath } from './enrolment-wire';
import { callOptionsOf, postJsonSigned, type KioskSecret } from './http-call';
import { RefundResponse, refundsPath, type RefundRequest } from './refund-wire';
import { ErrorResponse } from './wire';

export type EnrolError =
  | { readonly kind: 'bad-code' }
  /** Unknown or already used (the central does not say which). */
  | { readonly kind: 'refused' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'bad-response' };

export async function enrolKiosk(options: { baseUrl: string; code: string; timeoutMs: number; fetchImpl?: typeof fetch }): Promise<Result<EnrolResponse, EnrolError>> {
  const request = EnrolRequest.safeParse({ code: normaliseEnrolmentCode(options.code) });
  if (!request.success) return err({ kind: 'bad-code' });
  let status: number;
  let text: string;
  try {
    const res = await (options.fetchImpl ?? fetch)(options.baseUrl.replace(/\/$/, '') + enrolmentPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.data),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch {
    // Refused connection, TLS refusal, reset or timeout: the installer checks the address and tries again.
    return err({ kind: 'unreachable' });
  }
  if (status === 410) return err({ kind: 'expired' });
  if (status === 403 || status === 400) return err({ kind: ErrorResponse.safeParse(safeJson(text)).success ? 'refused' : 'bad-response' });
  const answer = EnrolResponse.safeParse(safeJson(text));
  return status === 201 && answer.success ? ok(answer.data) : err({ kind: 'bad-response' });
}

export interface CredentialClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly secret: KioskSecret;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
}

export function createCredentialClient(options: CredentialClientOptions) {
  const call = callOptionsOf(options);
  return {
    /** A new secret offered by the central; the old one keeps working until the kiosk signs with the new one. */
    async rotateSecret(): Promise<Result<string, CentralError>> {
      const answer = await postJsonSigned(call, rotatePath, {}, RotateResponse);
      return answer.ok ? ok(answer.value.secret) : answer;
    },
    async fileRefund(request: RefundRequest): Promise<Result<string, CentralError>> {
      const answer = await postJsonSigned(call, refundsPath, request, RefundResponse);
      return answer.ok ? ok(answer.value.refundId) : answer;
    },
  };
}

export type CredentialClient = ReturnType<typeof createCredentialClient>;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: the schema check that follows reports it as a bad response.
    return undefined;
  }
}
