// At every start, before any payment: each quarantined outbox file not yet salvaged gives its
// readable rows to the working outbox (paid rows queue for sync, synced rows stay synced), and
// what could not be read is recorded beside it. While any file lost rows that no technician
// has acknowledged, the kiosk takes no new payment; read-only services and the sync go on.
import { basename } from 'node:path';
import type { Logger } from '../log/logger';
import type { Outbox } from './outbox';
import { readQuarantinedOutbox } from './read-quarantined';
import { isHoldingPayments, listQuarantined, writeRecord, type SalvageRecord } from './salvage-record';

export interface SalvageGate {
  /** Files salvaged during this start (createKiosk writes them to the audit log). */
  readonly salvagedNow: readonly SalvageRecord[];
  /** Files whose lost rows no technician has acknowledged yet, oldest first. */
  outstanding(): readonly SalvageRecord[];
  isHoldingPayments(): boolean;
  /** A technician has seen the lost rows: payments may start again. Returns the records acknowledged. */
  acknowledge(): readonly SalvageRecord[];
  onChange(listener: () => void): () => void;
}

/** How many lost seqs a log line names (the record beside the file holds them all). */
const loggedSeqs = 50;

export function salvageQuarantined(outboxPath: string, outbox: Outbox, options: { readonly now: () => Date; readonly logger: Logger }): SalvageGate {
  const { now, logger } = options;
  const listeners = new Set<() => void>();
  const salvagedNow: SalvageRecord[] = [];
  const entries = listQuarantined(outboxPath).map((entry) => {
    if (entry.record) return { path: entry.path, record: entry.record };
    const record = salvageOne(entry.path);
    salvagedNow.push(record);
    return { path: entry.path, record };
  });

  function salvageOne(path: string): SalvageRecord {
    const started = performance.now();
    const read = readQuarantinedOutbox(path);
    const base = { version: 1 as const, file: basename(path), salvagedAt: now().toISOString() };
    let record: SalvageRecord;
    if (read.kind === 'header-unreadable') {
      record = { ...base, isHeaderReadable: false, isCountKnown: false, detail: read.detail, imported: 0, alreadyPresent: 0, lost: [], durationMs: 0 };
    } else {
      const outcome = outbox.importSalvaged(read.rows, read.highestSeq);
      const lost = [...read.lost, ...outcome.refused].sort((a, b) => a.seq - b.seq);
      record = { ...base, isHeaderReadable: true, isCountKnown: read.isCountKnown, imported: outcome.imported, alreadyPresent: outcome.alreadyPresent, lost, durationMs: 0 };
    }
    record = { ...record, durationMs: Math.round(performance.now() - started) };
    // the imported rows are committed (fsynced) first: a crash before this line imports again, idempotently
    writeRecord(path, record);
    const fields = { file: record.file, imported: record.imported, alreadyPresent: record.alreadyPresent, lost: record.lost.length, lostSeqs: record.lost.slice(0, loggedSeqs).map((r) => String(r.seq)), isHeaderReadable: record.isHeaderReadable, isCountKnown: record.isCountKnown, durationMs: record.durationMs };
    logger.log(isHoldingPayments(record) ? 'outbox.salvage-incomplete' : 'outbox.salvaged', { ...fields, ...(record.detail ? { detail: record.detail } : {}) });
    return record;
  }

  return {
    salvagedNow,
    outstanding: () => entries.map((e) => e.record).filter(isHoldingPayments),
    isHoldingPayments: () => entries.some((e) => isHoldingPayments(e.record)),
    acknowledge() {
      const at = now().toISOString();
      const acknowledged: SalvageRecord[] = [];
      for (const entry of entries) {
        if (!isHoldingPayments(entry.record)) continue;
        entry.record = { ...entry.record, acknowledged: { at } };
        writeRecord(entry.path, entry.record);
        acknowledged.push(entry.record);
        logger.log('outbox.salvage-acknowledged', { file: entry.record.file, lost: entry.record.lost.length });
      }
      if (acknowledged.length > 0) for (const listener of listeners) listener();
      return acknowledged;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
