// Pure: the local audit log against the heads the central heard in heartbeats. The chain
// alone proves nothing was changed inside the log; the anchors prove nothing was cut off its
// end or rewritten from some row on and re-chained.
import type { AuditAnchor } from '../central-client/wire';
import type { AuditRow } from './audit-chain';

export type AnchorProblem =
  /** The central heard of rows the local log no longer has. */
  | { readonly kind: 'truncated'; readonly localRows: number; readonly anchor: AuditAnchor }
  /** The local row at an anchored position has another hash than the central heard. */
  | { readonly kind: 'diverged'; readonly localHash: string; readonly anchor: AuditAnchor };

export type AnchorVerdict = { readonly isAnchored: true; readonly lastAnchor: AuditAnchor | undefined } | { readonly isAnchored: false; readonly problem: AnchorProblem };

/** The first anchored row whose hash differs; else, if the log is shorter than the newest anchor, truncation at that anchor. */
export function checkAgainstAnchors(rows: Iterable<AuditRow>, anchors: readonly AuditAnchor[]): AnchorVerdict {
  const anchored = new Map(anchors.map((a) => [a.rows, a]));
  let localRows = 0;
  for (const row of rows) {
    localRows = Math.max(localRows, row.seq);
    const anchor = anchored.get(row.seq);
    if (anchor && anchor.headHash !== row.hash) return { isAnchored: false, problem: { kind: 'diverged', localHash: row.hash, anchor } };
  }
  const newest = anchors.reduce<AuditAnchor | undefined>((max, a) => (max === undefined || a.rows > max.rows ? a : max), undefined);
  if (newest && newest.rows > localRows) return { isAnchored: false, problem: { kind: 'truncated', localRows, anchor: newest } };
  return { isAnchored: true, lastAnchor: newest };
}

export function describeAnchorProblem(problem: AnchorProblem): string {
  const { anchor } = problem;
  const heard = `the central heard row ${anchor.rows} (hash ${anchor.headHash.slice(0, 16)}…) at ${anchor.seenAt}`;
  switch (problem.kind) {
    case 'truncated':
      return `TRUNCATED: ${heard}, but the local log ends at row ${problem.localRows} (rows ${problem.localRows + 1}…${anchor.rows} are missing)`;
    case 'diverged':
      return `DIVERGED at row ${anchor.rows}: ${heard}, but the local row has hash ${problem.localHash.slice(0, 16)}… (the log was rewritten from that row or before)`;
  }
}
