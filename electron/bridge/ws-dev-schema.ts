// The dev channel's commands as a schema: every dev-panel message is parsed with it.
import { z } from 'zod';
import { keypadKeyNames, paymentOutcomeKinds, printerStatusKinds, type DevCommand as DevCommandType } from './ws-protocol';

export const DevCommand = z.discriminatedUnion('command', [
  z.object({ command: z.literal('card.insert'), holder: z.string().min(1).max(32).regex(/^[a-z][a-z-]*$/) }),
  z.object({ command: z.literal('card.remove') }),
  z.object({ command: z.literal('payment.next'), outcome: z.enum(paymentOutcomeKinds) }),
  z.object({ command: z.literal('printer.status'), status: z.enum(printerStatusKinds) }),
  z.object({ command: z.literal('keypad.press'), key: z.enum(keypadKeyNames) }),
  z.object({ command: z.literal('headphones.plug') }),
  z.object({ command: z.literal('headphones.unplug') }),
]) satisfies z.ZodType<DevCommandType>;
