import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { BUILTIN_CONTEXTS, PREFERENCES, RINGS } from '../../../src/lib/network/person';
import { orderedPair, tieKey } from '../../../src/lib/network/tie-key';
import { person } from '../network/build-network';

/** A deterministic pseudo-random generator (mulberry32), so the large map is the same each run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random but reproducible map: people with rings, contexts, topics and dates, and ties. */
export function largeNetwork(size: number, tieCount: number): Network {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const topics = Array.from({ length: 60 }, (_, i) => `topic ${i}`);
  const people = Array.from({ length: size }, (_, i) =>
    person(`p${i}`, {
      ring: pick(RINGS),
      preference: pick(PREFERENCES),
      contexts: [pick(BUILTIN_CONTEXTS), pick(BUILTIN_CONTEXTS)],
      knowsAbout: [pick(topics), pick(topics), pick(topics)],
      learnFrom: [pick(topics)],
      needs: [pick(topics)],
      since: `${2000 + Math.floor(next() * 25)}-0${1 + Math.floor(next() * 9)}`,
    }),
  );
  const seen = new Set<string>();
  const ties: Network['ties'] = [];
  while (ties.length < tieCount) {
    const x = `p${Math.floor(next() * size)}`;
    const y = `p${Math.floor(next() * size)}`;
    if (x === y || seen.has(tieKey(x, y))) continue;
    seen.add(tieKey(x, y));
    const [a, b] = orderedPair(x, y);
    ties.push({ a, b, strength: next() < 0.3 ? 'strong' : 'weak' });
  }
  return { ...emptyNetwork(), people, ties, issues: ['topic 1', 'topic 2', 'nothing'] };
}
