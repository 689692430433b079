// An info step may let the person act on a row the central marked (my-requests: print a kept
// certificate here and now). The definition names the actions its info step allows; a row's
// action the definition does not allow is shown but cannot be taken.
import type { InfoRowAction } from '../domain';
import type { FlowContext } from './flow-types';

/** How a row's action ended, as the kiosk core reports it; the rows are then asked for again. */
export type InfoActionOutcome = 'reprinted' | 'reprint-failed';

export interface InfoActionRequest {
  readonly holderId: string;
  readonly action: InfoRowAction;
}

/** The action of the row at `index`, when the info step allows it and a card holder is there to take it. */
export function infoActionAt(context: Pick<FlowContext, 'definition' | 'stepIndex' | 'info' | 'holder'>, index: number): InfoActionRequest | undefined {
  const step = context.definition.steps[context.stepIndex];
  const action = context.info[index]?.action;
  if (step?.kind !== 'info' || !action || !step.rowActions.includes(action.kind) || !context.holder) return undefined;
  return { holderId: context.holder.idNumber, action };
}

/** The action being taken: the guard on INFO.ACTION let only an allowed one through. */
export function takenAction(context: Pick<FlowContext, 'definition' | 'stepIndex' | 'info' | 'holder'>, event: { readonly type: string; readonly index?: number }): InfoActionRequest {
  const request = event.type === 'INFO.ACTION' && event.index !== undefined ? infoActionAt(context, event.index) : undefined;
  if (!request) throw new Error('service flow: a row action started without an allowed action'); // the guard makes this unreachable
  return request;
}
