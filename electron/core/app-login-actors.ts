// The session machine's two app-sign-in actors over the login client. fromPromise hands each
// actor an AbortSignal that fires when the machine stops it (Back, a card inserted, a fresh
// code on expiry), and the client drops its long-poll on that signal.
import { fromPromise } from 'xstate';
import type { ApprovalOutput, ChallengeOutput } from '../../state-machines/session/session-types';
import type { LoginClient } from '../central-client/login-client';

export function appLoginActors(client: LoginClient) {
  return {
    requestLoginChallenge: fromPromise<ChallengeOutput>(({ signal }) => client.requestChallenge(signal)),
    awaitLoginApproval: fromPromise<ApprovalOutput, { challengeId: string }>(({ input, signal }) => client.awaitApproval(input.challengeId, signal)),
  };
}
