import type { IntroductionLog } from './introduction-record';
import { partyKey, type PartyRef } from './party';

/**
 * How many introductions the reader must have made for someone, with nothing coming back, before
 * the pattern is flagged. Three: one or two unanswered favours are normal, a third is a pattern
 * worth noticing (the article's "use your relationships and then ignore you").
 */
export const ONE_WAY_MIN = 3;

/**
 * - `one-way-given`: the reader made at least `ONE_WAY_MIN` introductions for this person, who
 *   never introduced the reader to anyone nor acknowledged any of them.
 * - `one-way-received`: this person made at least `ONE_WAY_MIN` introductions for the reader, who
 *   never made one for them: a debt the reader may want to repay.
 */
export type ReciprocityFlag = 'one-way-given' | 'one-way-received';

/** One person's side of the ledger. */
export interface ReciprocityEntry {
  party: PartyRef;
  key: string;
  /** Introductions the reader made in which this person was one of the two sides. */
  given: number;
  /** Introductions this person made for the reader. */
  received: number;
  /** Of `given`, how many were acknowledged. */
  acknowledged: number;
  flag: ReciprocityFlag | null;
}

/**
 * The reciprocity tally per person, from the log. Given introductions that a side declined never
 * happened and are not counted; for `received` records only the introducer (person A) is credited.
 * People are matched by `partyKey` (map id, or typed name ignoring case). Busiest first, then by key.
 */
export function reciprocityTally(log: IntroductionLog): ReciprocityEntry[] {
  const entries = new Map<string, ReciprocityEntry>();
  const entry = (party: PartyRef): ReciprocityEntry => {
    const key = partyKey(party);
    const found = entries.get(key);
    if (found) return found;
    const created = { party, key, given: 0, received: 0, acknowledged: 0, flag: null };
    entries.set(key, created);
    return created;
  };
  for (const record of log) {
    if (record.direction === 'received') {
      entry(record.personA).received += 1;
      continue;
    }
    if (record.consentA === 'no' || record.consentB === 'no') continue;
    for (const party of [record.personA, record.personB]) {
      const item = entry(party);
      item.given += 1;
      if (record.acknowledged === true) item.acknowledged += 1;
    }
  }
  return [...entries.values()]
    .map((item) => ({ ...item, flag: flagOf(item) }))
    .sort((x, y) => y.given + y.received - (x.given + x.received) || (x.key < y.key ? -1 : 1));
}

function flagOf(item: ReciprocityEntry): ReciprocityFlag | null {
  if (item.given >= ONE_WAY_MIN && item.received === 0 && item.acknowledged === 0) {
    return 'one-way-given';
  }
  if (item.received >= ONE_WAY_MIN && item.given === 0) return 'one-way-received';
  return null;
}
