import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compactNetwork } from '../../../src/lib/network/compact';
import { emptyNetwork, networkSchema } from '../../../src/lib/network/network';
import { largeNetwork } from '../metrics/large-network';
import { buildNetwork, person } from './build-network';

function roundTrip(value: unknown) {
  return v.parse(networkSchema, JSON.parse(JSON.stringify(value)));
}

describe('compactNetwork', () => {
  it('leaves out every field that holds its default', () => {
    const network = buildNetwork(
      [person('p1', { name: 'Lan', ring: 'inner', knowsAbout: ['kinh tế'] }), person('p2')],
      ['p1-p2'],
    );
    expect(compactNetwork(network)).toEqual({
      people: [
        { id: 'p1', name: 'Lan', ring: 'inner', knowsAbout: ['kinh tế'] },
        { id: 'p2', name: 'p2' },
      ],
      ties: [{ a: 'p1', b: 'p2' }],
      customContexts: [],
      issues: [],
    });
  });

  it('keeps a strong tie’s strength, an empty name and every non-default value', () => {
    const network = buildNetwork(
      [person('a', { name: '', trust: 1, preference: 'no', since: '2019' }), person('b')],
      ['a=b'],
    );
    const compact = compactNetwork(network) as { people: object[]; ties: object[] };
    expect(compact.people[0]).toEqual({
      id: 'a',
      name: '',
      trust: 1,
      preference: 'no',
      since: '2019',
    });
    expect(compact.ties).toEqual([{ a: 'a', b: 'b', strength: 'strong' }]);
  });

  it('reads back into the same map through the schema', () => {
    const network = largeNetwork(300, 600);
    expect(roundTrip(compactNetwork(network))).toEqual(network);
    expect(roundTrip(compactNetwork(emptyNetwork()))).toEqual(emptyNetwork());
  });

  it('halves the stored size of a map of imported contacts or better', () => {
    const network = v.parse(networkSchema, {
      people: Array.from({ length: 100 }, (_, i) => ({
        id: `p${i}`,
        name: `Nguyễn Văn ${i}`,
        contexts: ['imported'],
      })),
    });
    const full = JSON.stringify(network).length;
    const compact = JSON.stringify(compactNetwork(network)).length;
    expect(compact / full).toBeLessThan(0.5);
  });
});
