import {
  sortStep,
  type SortAction,
  type SortOutcome,
  type SortSession,
} from '../lib/network/sorting-session';
import { mapRoute } from './network';

/*
 * The sorting mode's one action, apart from the other edits (network-edits.ts): only the mode
 * (a part fetched when the reader opens it) uses it, so its code comes with the mode rather than
 * with every page that edits the map.
 */

/**
 * One key press of the sorting mode, saved at once (the mode keeps its own undo, card by card).
 * Writes through the map on screen: the reader's map, or the sample's copy while it is shown.
 * @returns the next session and what happened
 */
export function sortOnMap(
  session: SortSession,
  action: SortAction,
): { session: SortSession; outcome: SortOutcome } {
  const store = mapRoute.target();
  const before = store.get();
  const result = sortStep(session, before, action);
  if (result.network !== before) store.set(result.network);
  return { session: result.session, outcome: result.outcome };
}
