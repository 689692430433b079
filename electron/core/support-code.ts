// A short code a resident reads to staff: which session (a random id, not personal) and
// which kind of problem. Staff find the matching log lines by it; it holds no personal data.
const problemCodes: Record<string, string> = {
  'card-unreadable': 'C1',
  'card-not-authentic': 'C2',
  'card-expired': 'C3',
  'reader-unavailable': 'C4',
  unreachable: 'N1',
  timeout: 'N2',
  'bad-response': 'N3',
  rejected: 'N4',
  'quote-changed': 'N5',
  unauthorised: 'N6',
  central: 'N7',
  'receipt-printer': 'P1',
  storage: 'S1',
  payment: 'T1',
  internal: 'X1',
};

export function supportCode(sessionId: string | undefined, problem: string): string {
  return `${(sessionId ?? '0000').slice(0, 4).toUpperCase()}-${problemCodes[problem] ?? 'X0'}`;
}
