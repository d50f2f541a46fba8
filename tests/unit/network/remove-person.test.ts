import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/lib/network/add-person';
import { removePerson, restorePerson } from '../../../src/lib/network/remove-person';
import { buildNetwork, people } from './build-network';

const network = buildNetwork(people('p1 p2 p3'), ['p1-p2', 'p2=p3', 'p1-p3']);

describe('removePerson', () => {
  it('removes the person and every tie they had', () => {
    const { network: after } = removePerson(network, 'p2');
    expect(after.people.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(after.ties).toEqual([{ a: 'p1', b: 'p3', strength: 'weak' }]);
  });

  it('returns what was removed for undo', () => {
    const { undo } = removePerson(network, 'p2');
    expect(undo.person.id).toBe('p2');
    expect(undo.index).toBe(1);
    expect(undo.ties).toHaveLength(2);
  });

  it('throws for a person who does not exist', () => {
    expect(() => removePerson(network, 'p9')).toThrow(
      'network/removePerson: person p9 does not exist',
    );
  });
});

describe('restorePerson', () => {
  it('puts the person and their ties back exactly as they were', () => {
    const { network: after, undo } = removePerson(network, 'p2');
    const restored = restorePerson(after, undo);
    expect(restored.people).toEqual(network.people);
    expect(new Set(restored.ties)).toEqual(new Set(network.ties));
  });

  it('skips ties to people removed in the meantime', () => {
    const first = removePerson(network, 'p2');
    const second = removePerson(first.network, 'p3');
    const restored = restorePerson(second.network, first.undo);
    expect(restored.people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(restored.ties).toEqual([{ a: 'p1', b: 'p2', strength: 'weak' }]);
  });

  it('keeps a tie already there rather than store the pair twice', () => {
    const { network: after, undo } = removePerson(network, 'p3');
    // A tie to the missing p3, as unsanitised data could hold; restore must not double it.
    const dangling = {
      ...after,
      ties: [...after.ties, { a: 'p1', b: 'p3', strength: 'strong' as const }],
    };
    const restored = restorePerson(dangling, undo);
    expect(restored.ties.filter((t) => t.a === 'p1' && t.b === 'p3')).toEqual([
      { a: 'p1', b: 'p3', strength: 'strong' },
    ]);
    expect(restored.ties).toHaveLength(3);
  });

  it('gives the restored person a fresh id when theirs was handed to someone else', () => {
    const { network: after, undo } = removePerson(network, 'p3');
    // The default scheme hands p3 out again: it is one past the highest id left (p2).
    const reused = addPerson(after, { name: 'New' });
    expect(reused.person.id).toBe('p3');
    const restored = restorePerson(reused.network, undo);
    expect(restored.people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'p1'],
      ['p2', 'p2'],
      ['p4', 'p3'],
      ['p3', 'New'],
    ]);
    expect(restored.ties).toContainEqual({ a: 'p2', b: 'p4', strength: 'strong' });
    expect(restored.ties).toContainEqual({ a: 'p1', b: 'p4', strength: 'weak' });
  });
});
