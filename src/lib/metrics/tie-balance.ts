import type { Network } from '../network/network';
import type { Ring } from '../network/person';
import { buildAlterGraph, type AlterGraph } from './alter-graph';
import { share } from './unavailable';

/** Strong and weak ties, and the strong share (null when there are no ties). */
export interface StrengthCount {
  strong: number;
  weak: number;
  strongShare: number | null;
}

/** The balance of strong and weak ties on the map (Granovetter 1973). */
export interface TieBalance {
  /** Ties among the people on the map, as the reader marked them. */
  amongPeople: StrengthCount;
  /** The reader's own ties, read from the rings. */
  reader: StrengthCount;
}

/**
 * Rings read as strength of the reader's own tie: inner and close are the people the reader is
 * in regular, intimate contact with (Dunbar's 5 and 15 layers), wider and acquaintance are
 * weak ties.
 */
export const STRONG_RINGS: ReadonlySet<Ring> = new Set<Ring>(['inner', 'close']);

function count(strong: number, total: number): StrengthCount {
  return { strong, weak: total - strong, strongShare: share(strong, total) };
}

/** Counts strong and weak ties among alters and between the reader and each alter. */
export function tieBalance(
  network: Network,
  graph: AlterGraph = buildAlterGraph(network),
): TieBalance {
  const strongReader = graph.people.filter((person) => STRONG_RINGS.has(person.ring)).length;
  return {
    amongPeople: count(graph.strongTieCount, graph.tieCount),
    reader: count(strongReader, graph.people.length),
  };
}
