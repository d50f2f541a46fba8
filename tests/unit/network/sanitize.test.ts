import { describe, expect, it } from 'vitest';
import { emptyNetwork, type Network } from '../../../src/lib/network/network';
import { sanitizeNetwork } from '../../../src/lib/network/sanitize';
import { person } from './build-network';

describe('sanitizeNetwork', () => {
  it('changes nothing in an empty network', () => {
    const { network, dropped } = sanitizeNetwork(emptyNetwork());
    expect(network).toEqual(emptyNetwork());
    expect(dropped.total).toBe(0);
  });

  it('keeps a clean network as it is', () => {
    const clean: Network = {
      ...emptyNetwork(),
      people: [person('p1'), person('p2')],
      ties: [{ a: 'p1', b: 'p2', strength: 'strong' }],
    };
    const { network, dropped } = sanitizeNetwork(clean);
    expect(network).toEqual(clean);
    expect(dropped.total).toBe(0);
  });

  it('drops what cannot be trusted and counts it by reason', () => {
    const loaded: Network = {
      people: [person('p1', { name: 'Lan' }), person('p2'), person('p1', { name: 'Lan again' })],
      ties: [
        { a: 'p2', b: 'p1', strength: 'strong' }, // kept, stored in order
        { a: 'p1', b: 'p2', strength: 'weak' }, // the same pair again
        { a: 'p1', b: 'p1', strength: 'weak' }, // a self-tie
        { a: 'p1', b: 'ghost', strength: 'weak' }, // to a missing person
        { a: 'ghost', b: 'phantom', strength: 'weak' }, // between two missing people
      ],
      customContexts: [
        { id: 'c1', label: 'Club' },
        { id: 'c1', label: 'Club copy' },
      ],
      issues: ['kinh tế'],
    };
    const { network, dropped } = sanitizeNetwork(loaded);
    expect(network.people.map((p) => p.name)).toEqual(['Lan', 'p2']);
    expect(network.ties).toEqual([{ a: 'p1', b: 'p2', strength: 'strong' }]);
    expect(network.customContexts).toEqual([{ id: 'c1', label: 'Club' }]);
    expect(network.issues).toEqual(['kinh tế']);
    expect(dropped).toEqual({
      duplicatePeople: 1,
      selfTies: 1,
      danglingTies: 2,
      duplicateTies: 1,
      duplicateContexts: 1,
      total: 6,
    });
  });

  it('does not change the network it was given', () => {
    const loaded: Network = {
      ...emptyNetwork(),
      people: [person('p1')],
      ties: [{ a: 'p1', b: 'x', strength: 'weak' }],
    };
    sanitizeNetwork(loaded);
    expect(loaded.ties).toHaveLength(1);
  });
});
