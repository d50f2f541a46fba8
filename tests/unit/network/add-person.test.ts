import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../src/lib/network/add-person';
import { movePerson, updatePerson } from '../../../src/lib/network/change-person';
import { emptyNetwork } from '../../../src/lib/network/network';
import { buildNetwork, person } from './build-network';

describe('addPerson', () => {
  it('adds a person with a trimmed name, schema defaults and the next free id', () => {
    const { network, person: added } = addPerson(emptyNetwork(), { name: '  Lan  ' });
    expect(added).toMatchObject({ id: 'p1', name: 'Lan', ring: 'wider', preference: 'ask' });
    expect(network.people).toEqual([added]);
  });

  it('leaves the network it was given unchanged', () => {
    const before = emptyNetwork();
    addPerson(before, { name: 'Lan' });
    expect(before.people).toEqual([]);
  });

  it('gives two people with the same name different ids', () => {
    const first = addPerson(emptyNetwork(), { name: 'Minh' });
    const second = addPerson(first.network, { name: 'Minh' });
    expect(second.network.people.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('uses the id function passed in and stamps addedAt from now', () => {
    const { person: added } = addPerson(
      emptyNetwork(),
      { name: 'Lan' },
      { makeId: () => 'uuid-1', now: '2025-01-02T03:04:05.000Z' },
    );
    expect(added.id).toBe('uuid-1');
    expect(added.addedAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('refuses an id function that returns an id already taken', () => {
    const network = buildNetwork([person('x')]);
    expect(() => addPerson(network, { name: 'Lan' }, { makeId: () => 'x' })).toThrow(
      'network/addPerson: id x already exists',
    );
  });

  it('refuses an empty name', () => {
    expect(() => addPerson(emptyNetwork(), { name: '   ' })).toThrow(
      'network/addPerson: a person needs a name',
    );
  });

  it('refuses an invalid field and names it', () => {
    expect(() => addPerson(emptyNetwork(), { name: 'Lan', trust: 9 })).toThrow(
      /network\/addPerson: invalid trust/,
    );
  });
});

describe('updatePerson', () => {
  it('changes only the fields given and keeps the id', () => {
    const network = buildNetwork([person('p1', { name: 'Lan', trust: 2 })]);
    const updated = updatePerson(network, 'p1', { trust: 5, name: ' Lan Anh ' });
    expect(updated.people[0]).toMatchObject({ id: 'p1', name: 'Lan Anh', trust: 5 });
    expect(network.people[0]?.trust).toBe(2);
  });

  it('throws for a person who does not exist', () => {
    expect(() => updatePerson(emptyNetwork(), 'p9', { trust: 1 })).toThrow(
      'network/updatePerson: person p9 does not exist',
    );
  });

  it('throws for an invalid value', () => {
    const network = buildNetwork([person('p1')]);
    expect(() => updatePerson(network, 'p1', { since: '2019-13' })).toThrow(
      /network\/updatePerson: invalid since/,
    );
  });
});

describe('movePerson', () => {
  const network = buildNetwork([person('p1', { ring: 'wider', contexts: ['work', 'school'] })]);

  it('moves a person to another ring and keeps their contexts', () => {
    const moved = movePerson(network, 'p1', { ring: 'inner' });
    expect(moved.people[0]).toMatchObject({ ring: 'inner', contexts: ['work', 'school'] });
  });

  it('puts the new context first in place of the one they were dragged out of', () => {
    const moved = movePerson(network, 'p1', { context: 'family' });
    expect(moved.people[0]?.contexts).toEqual(['family', 'school']);
  });

  it('does not repeat a context the person already had', () => {
    const moved = movePerson(network, 'p1', { context: 'school' });
    expect(moved.people[0]?.contexts).toEqual(['school']);
  });

  it('clears contexts when moved to the unsorted sector', () => {
    const moved = movePerson(network, 'p1', { context: null, ring: 'close' });
    expect(moved.people[0]).toMatchObject({ ring: 'close', contexts: [] });
  });

  it('throws for a person who does not exist', () => {
    expect(() => movePerson(network, 'nobody', { ring: 'inner' })).toThrow(
      'network/movePerson: person nobody does not exist',
    );
  });
});
