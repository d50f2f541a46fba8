import * as v from 'valibot';
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compactNetwork } from '../../../src/lib/network/compact';
import { personSchema } from '../../../src/lib/network/person';
import { tieSchema } from '../../../src/lib/network/tie';
import { collectionDefinition } from '../../../src/stores/collections';

/*
 * The map is stored without the fields that hold their schema default (compactNetwork), and read
 * back with the defaults filled in. So a stored person says nothing about those fields: change a
 * default and every person already stored silently changes with it. This test pins the defaults
 * to the network's schema version. Changing a default needs a version bump and a migration (in
 * src/stores/network.ts) that writes the old default into stored people; then update both here.
 */
const PINNED_VERSION = 1;
const PINNED_PERSON_DEFAULTS = {
  contexts: [],
  ring: 'wider',
  trust: 3,
  knowsAbout: [],
  learnFrom: [],
  needs: [],
  company: '',
  position: '',
  email: '',
  url: '',
  metWhere: '',
  preference: 'ask',
  notes: '',
  addedAt: '',
};

describe('the defaults a stored map leaves out', () => {
  it('are pinned to the network schema version: changing a default needs a version bump', () => {
    expect(collectionDefinition('network')?.codec.version).toBe(PINNED_VERSION);
    expect(v.parse(personSchema, { id: 'p1', name: 'Lan' })).toStrictEqual({
      id: 'p1',
      name: 'Lan',
      ...PINNED_PERSON_DEFAULTS,
    });
    expect(v.parse(tieSchema, { a: 'p1', b: 'p2' })).toStrictEqual({
      a: 'p1',
      b: 'p2',
      strength: 'weak',
    });
  });

  it('are exactly the fields compactNetwork leaves out of a person who holds them all', () => {
    const person = v.parse(personSchema, { id: 'p1', name: 'Lan' });
    const stored = compactNetwork({ people: [person], ties: [], customContexts: [], issues: [] });
    expect(stored).toStrictEqual({
      people: [{ id: 'p1', name: 'Lan' }],
      ties: [],
      customContexts: [],
      issues: [],
    });
  });
});
