import type { Network } from '../network/network';
import type { Person } from '../network/person';
import { topicKey } from '../network/topic-key';
import { buildAlterGraph, type AlterGraph } from './alter-graph';

/** Why two people could gain from meeting. */
export type IntroReason =
  | { code: 'shared-topic'; topic: string }
  /** `needer` is looking for `topic`, which `helper` knows about. */
  | { code: 'need-met'; topic: string; needer: string; helper: string };

/** Two people the reader might introduce, with a score and the reasons behind it. */
export interface CandidateIntroduction {
  a: string;
  b: string;
  /** 2 per need met plus 1 per shared topic: a need met is worth more than common ground. */
  score: number;
  /** Needs met first, then shared topics, each by topic. */
  reasons: IntroReason[];
}

/** The ranked candidates; `truncated` tells that the work budget cut the search short. */
export interface CandidateIntroductions {
  candidates: CandidateIntroduction[];
  truncated: boolean;
}

/** Options for `candidateIntroductions`. */
export interface CandidateOptions {
  /** How many candidates to return, best first (default 50). */
  limit?: number;
  /**
   * How many pairs to look at before stopping (default 50,000, about 20 ms), so a map where
   * everyone shares a few topics stays fast. Needs are searched first, so they are kept.
   */
  maxPairs?: number;
}

interface Open {
  person: Person;
  /** Position in the alter graph, to look ties up. */
  node: number;
  contexts: ReadonlySet<string>;
  /** Topic keys the person knows about (`knowsAbout` and `learnFrom`) and needs. */
  topics: ReadonlySet<string>;
  needs: ReadonlySet<string>;
}

interface OpenIndex {
  open: Open[];
  /** Topic key → positions in `open` of the people who know about it. */
  holders: Map<string, number[]>;
  /** Topic key → positions in `open` of the people who need it. */
  needers: Map<string, number[]>;
  /** Topic key → the first spelling met, to show the reader their own words. */
  spelling: Map<string, string>;
}

/** Points per need met and per shared topic: meeting a need is worth more than common ground. */
const NEED_POINTS = 2;
const SHARED_POINTS = 1;
/** Marks a pair found ineligible (tied, or in a common context) so it is not checked again. */
const INELIGIBLE = -1;
/** A pair not met yet. */
const UNSEEN = 0;
/** Up to this many pairs of open people (about 1,400 of them), scores sit in one typed array. */
const DENSE_PAIRS = 2 ** 21;
/** The most a pair's score is counted up to in the typed array. */
const MOST_POINTS = 32_767;

/** Scores by pair key: a typed array where it fits (no hashing, no garbage), else a map. */
interface PairScores {
  get(key: number): number;
  set(key: number, value: number): void;
}

function pairScores(openCount: number): PairScores {
  if (openCount * openCount <= DENSE_PAIRS) {
    const table = new Int16Array(openCount * openCount);
    return {
      get: (key) => table[key] ?? UNSEEN,
      set: (key, value) => (table[key] = Math.min(value, MOST_POINTS)),
    };
  }
  const map = new Map<number, number>();
  return { get: (key) => map.get(key) ?? UNSEEN, set: (key, value) => map.set(key, value) };
}

/** Two open people the reader could introduce: not tied yet, and with no context in common. */
function eligible(p: Open, q: Open, graph: AlterGraph): boolean {
  if (graph.neighbours[p.node]?.includes(q.node) === true) return false;
  for (const context of p.person.contexts) if (q.contexts.has(context)) return false;
  return true;
}

/** Pushes `value` onto the list at `key`, making the list on first use. */
function pushAt<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function indexOpenPeople(graph: AlterGraph): OpenIndex {
  const index: OpenIndex = {
    open: [],
    holders: new Map(),
    needers: new Map(),
    spelling: new Map(),
  };
  const keysOf = (texts: readonly string[]): Set<string> => {
    const keys = new Set<string>();
    for (const text of texts) {
      const key = topicKey(text);
      if (key === '') continue;
      keys.add(key);
      if (!index.spelling.has(key)) index.spelling.set(key, text.trim());
    }
    return keys;
  };
  graph.people.forEach((person, node) => {
    if (person.preference !== 'open') return;
    const i = index.open.length;
    const topics = keysOf([...person.knowsAbout, ...person.learnFrom]);
    const needs = keysOf(person.needs);
    index.open.push({ person, node, contexts: new Set(person.contexts), topics, needs });
    for (const key of topics) pushAt(index.holders, key, i);
    for (const key of needs) pushAt(index.needers, key, i);
  });
  return index;
}

function byText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The full reasons for one pair, worked out again from the index (only for the pairs shown). */
function toCandidate(p: Open, q: Open, index: OpenIndex): CandidateIntroduction {
  const name = (key: string): string => index.spelling.get(key) ?? key;
  const needs: Extract<IntroReason, { code: 'need-met' }>[] = [];
  for (const [needer, helper] of [
    [p, q],
    [q, p],
  ] as const) {
    for (const key of needer.needs) {
      if (!helper.topics.has(key)) continue;
      needs.push({
        code: 'need-met',
        topic: key,
        needer: needer.person.id,
        helper: helper.person.id,
      });
    }
  }
  needs.sort((u, v) => byText(u.topic, v.topic) || byText(u.needer, v.needer));
  const shared = [...p.topics].filter((key) => q.topics.has(key)).sort(byText);
  return {
    a: p.person.id,
    b: q.person.id,
    score: NEED_POINTS * needs.length + SHARED_POINTS * shared.length,
    reasons: [
      ...needs.map((reason) => ({ ...reason, topic: name(reason.topic) })),
      ...shared.map((key): IntroReason => ({ code: 'shared-topic', topic: name(key) })),
    ],
  };
}

/**
 * Pairs of people the reader might introduce: both `open` to introductions (never anyone who
 * said `ask` or `no`), not tied already, with no context in common (two people without any
 * context qualify: nothing says they share one), and with a reason to meet: a need of one that
 * the other knows about, or a topic both know about (`knowsAbout` and `learnFrom` together).
 * Topics compare without case or diacritics. Pairs are found through a topic index rather than by
 * trying every pair, needs first; only scores are kept while searching, and the reasons are
 * worked out for the pairs returned. Ranked by score, then by map order.
 */
export function candidateIntroductions(
  network: Network,
  options: CandidateOptions = {},
  graph: AlterGraph = buildAlterGraph(network),
): CandidateIntroductions {
  const limit = options.limit ?? 50;
  const maxPairs = options.maxPairs ?? 50_000;
  const index = indexOpenPeople(graph);
  const { open } = index;
  const scores = pairScores(open.length);
  /** Keys of the eligible pairs, in the order they were first met. */
  const found: number[] = [];
  let visited = 0;
  let truncated = false;
  const score = (x: number, y: number, points: number): void => {
    visited += 1;
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const key = i * open.length + j;
    const known = scores.get(key);
    if (known === INELIGIBLE) return;
    if (known !== UNSEEN) {
      scores.set(key, known + points);
      return;
    }
    if (eligible(open[i] as Open, open[j] as Open, graph)) {
      scores.set(key, points);
      found.push(key);
    } else scores.set(key, INELIGIBLE);
  };

  search: {
    for (const [key, needy] of index.needers) {
      const helpers = index.holders.get(key) ?? [];
      for (const needer of needy) {
        for (const helper of helpers) {
          if (visited >= maxPairs) {
            truncated = true;
            break search;
          }
          if (needer !== helper) score(needer, helper, NEED_POINTS);
        }
      }
    }
    for (const list of index.holders.values()) {
      for (let s = 0; s < list.length; s += 1) {
        for (let t = s + 1; t < list.length; t += 1) {
          if (visited >= maxPairs) {
            truncated = true;
            break search;
          }
          score(list[s] as number, list[t] as number, SHARED_POINTS);
        }
      }
    }
  }

  // Sorting every scored pair would cost more than the search. Scores are small integers, so
  // count pairs per score and keep only those at or above the limit-th best score.
  const perScore: number[] = [];
  for (const key of found) {
    const value = scores.get(key);
    perScore[value] = (perScore[value] ?? 0) + 1;
  }
  let floor = Infinity;
  for (let value = perScore.length - 1, kept = 0; value > 0 && kept < limit; value -= 1) {
    kept += perScore[value] ?? 0;
    if (perScore[value] !== undefined) floor = value;
  }
  const top: [number, number][] = [];
  for (const key of found) {
    const value = scores.get(key);
    if (value >= floor) top.push([key, value]);
  }
  top.sort(([k1, v1], [k2, v2]) => v2 - v1 || k1 - k2);
  top.length = Math.min(top.length, limit);
  const candidates = top.map(([key]) => {
    const i = Math.floor(key / open.length);
    return toCandidate(open[i] as Open, open[key - i * open.length] as Open, index);
  });
  return { candidates, truncated };
}
