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

/**
 * Why `side` is the one to ask first, in the order `chooseAskSide` weighs it: their answer is
 * awaited, they asked to be asked first, trust in them is unknown for sensitive sharing, the other
 * side asked for the introduction, the reader trusts them less, or (nothing tells them apart) they
 * are simply the first named.
 */
export type AskWhy =
  | 'awaiting-answer'
  | 'other-agreed'
  | 'wants-asking-first'
  | 'trust-unknown-sensitive'
  | 'other-asked'
  | 'trusted-less'
  | 'first-named';

export function askSideWhy(input: WeigherInput, caps: Reason[], side: Side): AskWhy {
  const names = (code: Reason['code']) =>
    caps.some((cap) => cap.code === code && sideOf(cap) === side);
  if (names('awaiting-answer')) return 'awaiting-answer';
  const other = side === 'a' ? 'b' : 'a';
  if (input[other].consent === 'yes') return 'other-agreed';
  if (names('ask-preference-not-asked')) return 'wants-asking-first';
  if (names('sensitive-unknown-trust')) return 'trust-unknown-sensitive';
  if (input.asker === other) return 'other-asked';
  const trust = (which: Side) => {
    const value = input[which].trust;
    return value === 'unknown' ? 0 : value;
  };
  if (trust(side) < trust(other)) return 'trusted-less';
  return 'first-named';
}
