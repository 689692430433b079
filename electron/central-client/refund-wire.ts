// A refund request for a dead transaction whose payment the terminal could not reverse:
//   POST /v1/refunds (signed) → 201 filed (or 200, the same answer again for the same key)
// No personal data: the central finds the person through the transaction key it refused.
import { z } from 'zod';

export const refundsPath = '/v1/refunds';

export const RefundRequest = z.object({
  key: z.string().min(1).max(128),
  reference: z.string().max(32),
  serviceId: z.string().max(64),
  amountMinor: z.number().int().nonnegative(),
  currency: z.string().length(3),
  paymentRef: z.string().max(64),
  /** Why the transaction went dead (a reason key) and why the terminal could not reverse it. */
  reason: z.string().max(128),
  terminalError: z.enum(['not-found', 'window-closed', 'offline']),
});
export type RefundRequest = z.infer<typeof RefundRequest>;

export const RefundResponse = z.object({ refundId: z.string().min(1).max(64) });
