/**
 * Points in a paid flow where a fault test may stop the process (SIGKILL itself) to prove
 * recovery. Passed to createKiosk by tests only; production passes nothing, so there is no
 * environment branch inside the code.
 */
export interface FaultHooks {
  readonly afterPendingCommit?: (key: string) => void;
  readonly afterAuthorisation?: (key: string) => void;
  readonly afterPaidCommit?: (key: string) => void;
  /** After each sync pass has its answer (or its error), before the kiosk acts on anything else. */
  readonly afterSyncPass?: () => void;
}
