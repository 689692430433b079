// Which help text explains the screen underneath: the screen's own, except where one screen
// serves two situations that need different words (a review with nothing to pay says "send",
// not "pay"). The core puts the exception on the view (View.helpTopic); the renderer's help
// overlay and the spoken help both read it from there, so both say the same.
import type { View } from './contract';

export const isFreeReview = (view: Pick<View, 'screen' | 'quote'>): boolean => view.screen === 'review' && view.quote?.total.amountMinor === 0;

/** The key under `help.` in the screens namespace; the caller falls back to `help.default` when it is missing. */
export const helpTopicOf = (view: Pick<View, 'screen' | 'helpTopic'>): string => view.helpTopic ?? view.screen;
