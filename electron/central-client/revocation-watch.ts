// Wraps the central's transport so the kiosk notices, from any answer, that the central has
// revoked it (401 with reason `central:reason.revoked`) or accepts it again (any signed 2xx).
// The clients keep mapping the 401 to `unauthorised`; the composition root stops payments.
import { revokedReason } from './enrolment-wire';
import { ErrorResponse } from './wire';

export interface RevocationEvents {
  onRevoked(): void;
  onAccepted(): void;
}

export function watchRevocation(fetchImpl: typeof fetch, events: RevocationEvents): typeof fetch {
  const watched = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const res = await fetchImpl(input, init);
    if (res.status === 401) {
      if (isRevokedBody(await res.clone().text())) events.onRevoked();
    } else if (res.ok) {
      events.onAccepted();
    }
    return res;
  };
  return watched as typeof fetch;
}

function isRevokedBody(text: string): boolean {
  try {
    const parsed = ErrorResponse.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.error.reason === revokedReason;
  } catch {
    // A 401 whose body is not our JSON is some other refusal, not a revocation.
    return false;
  }
}
