import { setIssues } from '../lib/network/network-ops';
import { mapRoute } from './network';

/*
 * The diversity lens's one action, apart from the other edits (network-edits.ts): the lens is
 * shown at once where a lesson embeds it, and must not bring the code that edits, moves and
 * deletes people with it.
 */

/** Sets the issues that matter to the reader, read by the diversity lens. */
export function setReaderIssues(issues: readonly string[]): void {
  const store = mapRoute.target();
  store.set(setIssues(store.get(), issues));
}
