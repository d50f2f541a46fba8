import type { Network } from '../network/network';
import { buildAlterGraph, type AlterGraph } from './alter-graph';
import { available, unavailable, type Metric } from './unavailable';

/** Burt's structural-hole measures for the reader. */
export interface Brokerage {
  /** Alters minus their redundancy: how many non-redundant contacts the reader has. */
  effectiveSize: number;
  /** Effective size per alter, 0 to 1. */
  efficiency: number;
  /** How much the reader's ties lead back to the same people, from near 0 up to 1.125 (lower = more of a broker). */
  constraint: number;
}

/**
 * Burt's effective size, efficiency and constraint (Burt 1992) for the reader, who is tied to
 * every person on the map, computed as networkx 3 does for an unweighted undirected graph:
 * - `nx.effective_size`: n − 2t / n, with n alters and t ties among them (Borgatti 1997);
 * - efficiency: effective size / n (the normalisation in the networkx docs);
 * - `nx.constraint`: Σⱼ (pᵢⱼ + Σ_q pᵢ_q p_qⱼ)², where pₓᵧ = 1 / degree(x) when x and y are tied.
 *   The reader's degree is n; an alter's is 1 (the reader) plus their ties on the map.
 * Where networkx returns NaN (no alters) this returns `no-people`.
 */
export function brokerage(
  network: Network,
  graph: AlterGraph = buildAlterGraph(network),
): Metric<Brokerage> {
  const n = graph.people.length;
  if (n === 0) return unavailable('no-people');
  const t = graph.tieCount;
  const effectiveSize = n - (2 * t) / n;

  // p(reader, q) * p(q, j) = (1 / n) * (1 / degree(q)) for each alter q tied to j.
  const inverseDegree = graph.neighbours.map((list) => 1 / (list.length + 1));
  let constraint = 0;
  for (const list of graph.neighbours) {
    let indirect = 0;
    for (const q of list) indirect += inverseDegree[q] ?? 0;
    constraint += ((1 + indirect) / n) ** 2;
  }
  return available({ effectiveSize, efficiency: effectiveSize / n, constraint });
}
