// Pure: how one audit row is hashed and how a sequence of rows is checked. Each row's hash
// covers its own fields and the previous row's hash, so changing, removing or inserting any
// row breaks every link after it (the scheme of a hash chain, as in RFC 6962's log leaves,
// without the tree).
import { createHash } from 'node:crypto';

/** The previous hash of the first row. */
export const genesisHash = '0'.repeat(64);

export interface AuditFields {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  /** JSON text, written once; never personal data (the actor is a pseudonym, see actor-pseudonym.ts). */
  readonly details: string;
}

export interface AuditRow extends AuditFields {
  readonly prevHash: string;
  readonly hash: string;
}

/** A JSON array is unambiguous: no field can run into the next whatever it holds. */
export function hashAuditRow(fields: AuditFields, prevHash: string): string {
  const canonical = JSON.stringify([fields.seq, fields.at, fields.actor, fields.action, fields.details, prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainProblem =
  /** The row's own fields no longer give its stored hash: it was edited. */
  | { readonly kind: 'row-altered'; readonly seq: number }
  /** The row does not point at the row before it: a row was removed, inserted or reordered. */
  | { readonly kind: 'broken-link'; readonly seq: number; readonly expectedPrevHash: string }
  /** Sequence numbers must run 1, 2, 3…: a gap means rows were removed. */
  | { readonly kind: 'sequence-gap'; readonly seq: number; readonly expectedSeq: number };

export type ChainVerdict = { readonly isIntact: true; readonly rows: number; readonly lastHash: string } | { readonly isIntact: false; readonly rows: number; readonly problem: ChainProblem };

/** Walks the rows in sequence order and reports the first broken link. */
export function verifyChain(rows: Iterable<AuditRow>): ChainVerdict {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let count = 0;
  for (const row of rows) {
    count += 1;
    if (row.seq !== expectedSeq) return { isIntact: false, rows: count, problem: { kind: 'sequence-gap', seq: row.seq, expectedSeq } };
    if (row.prevHash !== prevHash) return { isIntact: false, rows: count, problem: { kind: 'broken-link', seq: row.seq, expectedPrevHash: prevHash } };
    if (hashAuditRow(row, row.prevHash) !== row.hash) return { isIntact: false, rows: count, problem: { kind: 'row-altered', seq: row.seq } };
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { isIntact: true, rows: count, lastHash: prevHash };
}

export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'row-altered':
      return `its contents do not match its hash (the row was changed)`;
    case 'broken-link':
      return `it does not follow the row before it (a row was removed, inserted or reordered before it)`;
    case 'sequence-gap':
      return `expected row ${problem.expectedSeq} here (rows ${problem.expectedSeq}…${problem.seq - 1} are missing)`;
  }
}
