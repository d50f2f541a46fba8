import type { Reason } from './reasons';
import { SIDES, type Side, type WeigherInput } from './weigher-input';

/** The side a cap reason names, if it names one. */
function sideOf(reason: Reason): Side | null {
  return 'side' in reason.params ? reason.params.side : null;
}

/** Sides named by caps of this code that are still in the running. */
function named(caps: Reason[], code: Reason['code'], pool: readonly Side[]): Side[] {
  return pool.filter((side) => caps.some((cap) => cap.code === code && sideOf(cap) === side));
}

/**
 * Which side to ask first, or null when both already said yes (nobody is left to ask).
 * Order: a side whose answer is awaited (finish that conversation before starting the other), then a
 * side that wants to be asked first, then a side whose trust matters for sensitive sharing, then
 * anyone not yet agreed. Between two equal sides: the one who did not ask for the introduction
 * (the one being asked to give their time decides first, and the asker never learns of a refusal),
 * then the less trusted (unknown counts as least), then A.
 */
export function chooseAskSide(input: WeigherInput, caps: Reason[]): Side | null {
  const open = SIDES.filter((side) => input[side].consent !== 'yes');
  const tiers = [
    named(caps, 'awaiting-answer', open),
    named(caps, 'ask-preference-not-asked', open),
    named(caps, 'sensitive-unknown-trust', open),
    open,
  ];
  const pool = tiers.find((tier) => tier.length > 0);
  if (pool === undefined) return null;
  const trustRank = (side: Side): number => {
    const trust = input[side].trust;
    return trust === 'unknown' ? 0 : trust;
  };
  const ranked = [...pool].sort((x, y) => {
    const asker = Number(input.asker === x) - Number(input.asker === y);
    if (asker !== 0) return asker;
    return trustRank(x) - trustRank(y);
  });
  return ranked[0] ?? null;
}
