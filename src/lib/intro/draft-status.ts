import { SIDES, type Side, type WeigherInput } from './weigher-input';

/*
 * Apart from the drafts themselves (drafts.ts and its wording): the weigher decides on load
 * whether drafts are shown at all, and fetches their wording only when they are.
 */

/**
 * Which drafts an introduction gets: none while a side has asked not to be introduced
 * (`blocked`), only the kind closing words once a side has said no (`declined`), otherwise the
 * two asks and the introduction (`ready`).
 * @returns the status and the sides that set it (none when `ready`)
 */
export function draftStatus(input: WeigherInput): {
  status: 'blocked' | 'declined' | 'ready';
  sides: Side[];
} {
  const blocked = SIDES.filter((side) => input[side].preference === 'no');
  if (blocked.length > 0) return { status: 'blocked', sides: blocked };
  const declined = SIDES.filter((side) => input[side].consent === 'no');
  if (declined.length > 0) return { status: 'declined', sides: declined };
  return { status: 'ready', sides: [] };
}
