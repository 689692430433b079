// Asks the central which audit heads it heard from this kiosk (the fleet's read side, as the
// /fleet page is: it serves staff, not kiosks, so the request is not signed).
import { err, ok, type Result } from '../../hardware/result';
import { AuditAnchorsResponse, type AuditAnchor } from '../central-client/wire';

export type AnchorFetchError = { readonly kind: 'unreachable'; readonly detail: string } | { readonly kind: 'bad-answer'; readonly status: number };

export async function fetchAuditAnchors(centralUrl: string, kioskId: string, fetchImpl: typeof fetch = fetch): Promise<Result<readonly AuditAnchor[], AnchorFetchError>> {
  const url = new URL(`v1/fleet/${encodeURIComponent(kioskId)}/audit-anchors`, centralUrl.endsWith('/') ? centralUrl : `${centralUrl}/`);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
  } catch (cause) {
    return err({ kind: 'unreachable', detail: cause instanceof Error ? cause.message : String(cause) });
  }
  if (!response.ok) return err({ kind: 'bad-answer', status: response.status });
  const parsed = AuditAnchorsResponse.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? ok(parsed.data.anchors) : err({ kind: 'bad-answer', status: response.status });
}

export function describeAnchorFetchError(error: AnchorFetchError, centralUrl: string): string {
  return error.kind === 'unreachable' ? `the central at ${centralUrl} cannot be reached (${error.detail})` : `the central at ${centralUrl} gave no usable list of anchors (HTTP ${error.status})`;
}
