/**
 * How news or a job opening travels along ties, step by step, in the two ways network research
 * tells apart: a *simple* contagion passes on from one contact who has it (news, a job opening),
 * a *complex* one is taken up only once several contacts have it (a new habit, a risky idea),
 * after Centola & Macy (2007), "Complex Contagions and the Weakness of Long Ties".
 */

/** Simple: one informed contact is enough. Complex: `threshold` (default 2) informed contacts. */
export type ContagionKind = 'simple' | 'complex';

/** People as positions 0…n−1 and, for each, the positions of the people they are tied to. */
export interface SpreadGraph {
  neighbours: readonly (readonly number[])[];
}

/** Options for `runSpread`. */
export interface SpreadOptions {
  kind: ContagionKind;
  /** Who has it at step 0. */
  seeds: readonly number[];
  /** Informed contacts a person needs; 1 for simple contagion, default 2 for complex. */
  threshold?: number;
  /**
   * Chance that an informed contact passes it on in a given step, 0 to 1 (default 1: everyone
   * passes it on, so the run can be predicted by hand). Below 1 the run draws from `seed`.
   */
  passChance?: number;
  /** Seed of the random draws; the same seed always gives the same run. */
  seed?: number;
  /** Stop after this many steps even if it is still spreading (default: the number of people). */
  maxSteps?: number;
}

/** The whole run, step by step. */
export interface SpreadRun {
  /** `steps[0]` are the seeds; `steps[k]` the people who first heard at step k (ascending). */
  steps: number[][];
  /** For each person, the step at which they heard, or null if it never reached them. */
  heardAt: (number | null)[];
  /** How many people heard in the end, seeds included. */
  reached: number;
}

/**
 * A small, fast pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every browser, which `Math.random` does not.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the spread in synchronous rounds: at step k, each person who has not heard yet counts the
 * contacts who had heard by step k − 1 (each passing it on with `passChance`) and hears it when
 * the count reaches the threshold. It stops when a step adds nobody.
 * @throws Error for a seed that is not a person of the graph
 * @example runSpread({ neighbours: [[1], [0, 2], [1]] }, { kind: 'simple', seeds: [0] }).steps
 *   // [[0], [1], [2]]
 */
export function runSpread(graph: SpreadGraph, options: SpreadOptions): SpreadRun {
  const n = graph.neighbours.length;
  const threshold = options.kind === 'simple' ? 1 : Math.max(1, options.threshold ?? 2);
  const passChance = options.passChance ?? 1;
  const random = mulberry32(options.seed ?? 1);
  const maxSteps = options.maxSteps ?? n;
  const heardAt: (number | null)[] = Array.from({ length: n }, () => null);
  const first: number[] = [];
  for (const seed of options.seeds) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= n) {
      throw new Error(`contagion/runSpread: seed ${seed} is not a person of the graph`);
    }
    if (heardAt[seed] === null) first.push(seed);
    heardAt[seed] = 0;
  }
  const steps = [first.sort((x, y) => x - y)];
  for (let step = 1; step <= maxSteps; step += 1) {
    const heard: number[] = [];
    for (let person = 0; person < n; person += 1) {
      if (heardAt[person] !== null) continue;
      let informed = 0;
      for (const contact of graph.neighbours[person] ?? []) {
        const at = heardAt[contact];
        if (at === null || at === undefined || at >= step) continue;
        // Draw only when it is left to chance, so that passChance 1 uses no random numbers.
        if (passChance >= 1 || random() < passChance) informed += 1;
      }
      if (informed >= threshold) heard.push(person);
    }
    if (heard.length === 0) break;
    for (const person of heard) heardAt[person] = step;
    steps.push(heard);
  }
  const reached = heardAt.filter((at) => at !== null).length;
  return { steps, heardAt, reached };
}

/** How many people had heard by the end of `step` (seeds are step 0). */
export function reachedBy(run: SpreadRun, step: number): number {
  let total = 0;
  for (let k = 0; k <= step && k < run.steps.length; k += 1) total += run.steps[k]?.length ?? 0;
  return total;
}
