import { describe, expect, it } from 'vitest';
import { buildAlterGraph } from '../../../src/lib/metrics/alter-graph';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, people, person } from '../network/build-network';

describe('buildAlterGraph', () => {
  it('is empty for an empty network', () => {
    const graph = buildAlterGraph(emptyNetwork());
    expect(graph.people).toEqual([]);
    expect(graph.tieCount).toBe(0);
  });

  it('lists each person’s neighbours by position', () => {
    const graph = buildAlterGraph(buildNetwork(people('a b c'), ['a-b', 'b=c']));
    expect(graph.neighbours).toEqual([[1], [0, 2], [1]]);
    expect(graph.tieCount).toBe(2);
    expect(graph.strongTieCount).toBe(1);
  });

  it('skips self-ties, ties to missing people, repeated ties and repeated ids', () => {
    const network = {
      ...buildNetwork([...people('a b'), person('a', { name: 'second a' })]),
      ties: [
        { a: 'a', b: 'b', strength: 'weak' as const },
        { a: 'b', b: 'a', strength: 'strong' as const },
        { a: 'a', b: 'a', strength: 'weak' as const },
        { a: 'a', b: 'ghost', strength: 'weak' as const },
      ],
    };
    const graph = buildAlterGraph(network);
    expect(graph.people.map((p) => p.name)).toEqual(['a', 'b']);
    expect(graph.neighbours).toEqual([[1], [0]]);
    expect(graph.tieCount).toBe(1);
    expect(graph.strongTieCount).toBe(0);
  });
});
