// Faults a test asks the simulator to play on its next requests, so the kiosk's handling of a
// misbehaving central is tested against a real socket (no environment switches in the code).
export type CentralFault =
  /** Run the request (commit included), then cut the connection: a lost acknowledgement. */
  | { readonly kind: 'drop-after-commit' }
  /** Cut the connection before doing anything. */
  | { readonly kind: 'drop' }
  /** Answer this status without doing anything. */
  | { readonly kind: 'status'; readonly status: number }
  /** Answer 200 with bytes that are not JSON. */
  | { readonly kind: 'garbage' }
  /** Answer 200 with JSON of the wrong shape. */
  | { readonly kind: 'wrong-body' }
  /** Never answer (until the server closes): the client's timeout must fire. */
  | { readonly kind: 'stall' }
  /** Answer normally: lets a test place the next fault on a later request. */
  | { readonly kind: 'pass' };

export function createFaultQueue() {
  const queue: CentralFault[] = [];
  return {
    push(...faults: CentralFault[]) {
      queue.push(...faults);
    },
    next(): CentralFault | undefined {
      return queue.shift();
    },
  };
}
