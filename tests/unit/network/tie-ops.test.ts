import { describe, expect, it } from 'vitest';
import { addTie, removeTie } from '../../../src/lib/network/tie-ops';
import type { TieStrength } from '../../../src/lib/network/tie';
import { buildNetwork, people } from './build-network';

const network = buildNetwork(people('p1 p2 p3'));

describe('addTie', () => {
  it('stores the pair in order with weak as the default strength', () => {
    expect(addTie(network, 'p2', 'p1').ties).toEqual([{ a: 'p1', b: 'p2', strength: 'weak' }]);
  });

  it('updates the strength of an existing tie instead of adding a second one', () => {
    const once = addTie(network, 'p1', 'p2');
    const twice = addTie(once, 'p2', 'p1', 'strong');
    expect(twice.ties).toEqual([{ a: 'p1', b: 'p2', strength: 'strong' }]);
    expect(once.ties[0]?.strength).toBe('weak');
  });

  it('refuses a tie from a person to themselves', () => {
    expect(() => addTie(network, 'p1', 'p1')).toThrow(
      'network/addTie: person p1 cannot be tied to themselves',
    );
  });

  it('refuses a tie to a person who is not on the map', () => {
    expect(() => addTie(network, 'p1', 'p7')).toThrow('network/addTie: person p7 does not exist');
  });

  it('refuses an unknown strength', () => {
    expect(() => addTie(network, 'p1', 'p2', 'medium' as TieStrength)).toThrow(
      'network/addTie: unknown strength medium',
    );
  });
});

describe('removeTie', () => {
  const tied = buildNetwork(people('p1 p2 p3'), ['p1-p2', 'p2-p3']);

  it('removes the tie given in either order', () => {
    expect(removeTie(tied, 'p2', 'p1').ties).toEqual([{ a: 'p2', b: 'p3', strength: 'weak' }]);
  });

  it('returns the same network when there was no such tie', () => {
    expect(removeTie(tied, 'p1', 'p3')).toBe(tied);
  });
});
