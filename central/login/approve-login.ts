// The ministry app's part, for maintainers and tests: approve a kiosk's login code for a
// person, the way the app would after scanning the QR code.
import { err, ok, type Result } from '../../hardware/result';
import { ApproveResponse, LoginToken, loginApprovePath, loginRefusalReasons, type LoginRefusal } from '../../electron/central-client/login-wire';
import { ErrorResponse } from '../../electron/central-client/wire';
import { parseQrText, type LoginCode } from './qr-text';

export type ApproveFailure =
  | { readonly kind: LoginRefusal }
  /** Neither a kiosk QR text nor a challenge id with a kiosk id. */
  | { readonly kind: 'bad-code' }
  | { readonly kind: 'unreachable' }
  /** Any other answer (status and reason as the central gave them). */
  | { readonly kind: 'refused'; readonly status: number; readonly reason: string };

export interface ApproveOptions {
  readonly centralUrl: string;
  /** The QR text as scanned, or a bare challenge id (then `kioskId` names the kiosk). */
  readonly code: string;
  readonly idNumber: string;
  readonly kioskId?: string;
  readonly fetchImpl?: typeof fetch;
  readonly timeoutMs?: number;
}

/** What the code names: the QR text's own kiosk wins over `kioskId`, as the app only has the QR. */
export function readLoginCode(code: string, kioskId: string | undefined): LoginCode | undefined {
  const fromQr = parseQrText(code);
  if (fromQr) return fromQr;
  return kioskId !== undefined && LoginToken.safeParse(code.trim()).success ? { kioskId, challengeId: code.trim() } : undefined;
}

const reasonToRefusal = new Map<string, LoginRefusal>(Object.entries(loginRefusalReasons).map(([kind, reason]) => [reason, kind as LoginRefusal]));

export async function approveLogin(options: ApproveOptions): Promise<Result<LoginCode, ApproveFailure>> {
  const code = readLoginCode(options.code, options.kioskId);
  if (!code) return err({ kind: 'bad-code' });
  let status: number;
  let text: string;
  try {
    const res = await (options.fetchImpl ?? fetch)(options.centralUrl.replace(/\/$/, '') + loginApprovePath(code.challengeId), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kioskId: code.kioskId, idNumber: options.idNumber }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    status = res.status;
    text = await res.text();
  } catch {
    // Refused connection, reset or timeout: the app cannot reach the central.
    return err({ kind: 'unreachable' });
  }
  const body = safeJson(text);
  if (status === 200 && ApproveResponse.safeParse(body).success) return ok(code);
  const reason = ErrorResponse.safeParse(body);
  const refusal = reason.success ? reasonToRefusal.get(reason.data.error.reason) : undefined;
  return err(refusal ? { kind: refusal } : { kind: 'refused', status, reason: reason.success ? reason.data.error.reason : 'central:reason.refused' });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // An answer that is not JSON is reported as a plain refusal with its status.
    return undefined;
  }
}
