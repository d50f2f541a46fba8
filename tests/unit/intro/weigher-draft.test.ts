import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  describePerson,
  draftFromInput,
  draftParty,
  draftPeopleOf,
  draftToInput,
  emptyWeigherDraft,
  partyName,
  weigherDraftSchema,
  type WeigherDraft,
} from '../../../src/lib/intro/weigher-draft';
import { personSchema, type PersonInput } from '../../../src/lib/network/person';
import { goodInput } from './weigher-fixtures';

const make = (input: PersonInput) => v.parse(personSchema, input);
const minh = make({
  id: 'p1',
  name: 'Minh',
  preference: 'open',
  position: 'Designer',
  company: 'Tiki',
});
const lan = make({ id: 'p2', name: 'Lan', preference: 'no' });
const people = [minh, lan];

/** A draft with A and B chosen as given; everything else blank. */
function draftWith(a: Partial<WeigherDraft['a']>, b: Partial<WeigherDraft['b']>): WeigherDraft {
  const blank = emptyWeigherDraft();
  return { ...blank, a: { ...blank.a, ...a }, b: { ...blank.b, ...b } };
}

describe('weigherDraftSchema', () => {
  it('reads a saved draft back as it was', () => {
    const draft = draftWith({ personId: 'p1', trust: 4 }, { mode: 'typed', typedName: 'Hoa' });
    expect(v.parse(weigherDraftSchema, JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('falls back field by field for missing or broken answers', () => {
    const parsed = v.parse(weigherDraftSchema, {
      a: { personId: 'p1', trust: 9, consent: 'maybe', viAddress: 'ngài' },
      b: 'not a side',
      sensitivity: 'extreme',
      purpose: 42,
    });
    // trust 9 is out of 1–5 and 'maybe' is no consent: both back to their blank values.
    expect(parsed.a).toMatchObject({ personId: 'p1', trust: 'unknown', consent: 'not-asked' });
    expect(parsed.a.viAddress).toBe('bạn-mình');
    expect(parsed.b).toEqual(emptyWeigherDraft().b);
    expect(parsed.sensitivity).toBe('unknown');
    expect(parsed.purpose).toBe('');
  });

  it('never lets a __proto__ key through', () => {
    const parsed = v.parse(weigherDraftSchema, JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(Object.hasOwn(parsed, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('emptyWeigherDraft', () => {
  it('has nobody chosen and every answer unknown', () => {
    const draft = emptyWeigherDraft();
    expect(draftParty(draft.a, people)).toBeNull();
    expect(draft.sensitivity).toBe('unknown');
    expect(draft.asker).toBe('reader');
  });
});

describe('draftParty', () => {
  it('names a map person who is still on the map', () => {
    expect(draftParty(draftWith({ personId: 'p1' }, {}).a, people)).toEqual({
      kind: 'person',
      personId: 'p1',
    });
  });

  it('is null for a map person who has left the map, or nobody chosen', () => {
    expect(draftParty(draftWith({ personId: 'p9' }, {}).a, people)).toBeNull();
    expect(draftParty(draftWith({}, {}).a, people)).toBeNull();
  });

  it('trims a typed name and is null while it is blank', () => {
    const typed = (typedName: string) =>
      draftParty(draftWith({ mode: 'typed', typedName }, {}).a, people);
    expect(typed('  Hoa ')).toEqual({ kind: 'typed', name: 'Hoa' });
    expect(typed('   ')).toBeNull();
  });
});

describe('draftToInput', () => {
  it('is null until both sides are chosen, and for the same person twice', () => {
    expect(draftToInput(draftWith({ personId: 'p1' }, {}), people)).toBeNull();
    expect(draftToInput(draftWith({ personId: 'p1' }, { personId: 'p1' }), people)).toBeNull();
  });

  it('reads map people’s preferences from the map, whatever the draft says', () => {
    const input = draftToInput(
      draftWith({ personId: 'p1', preference: 'no' }, { personId: 'p2', preference: 'open' }),
      people,
    );
    // Minh is `open` and Lan `no` on the map.
    expect(input?.a.preference).toBe('open');
    expect(input?.b.preference).toBe('no');
  });

  it('uses the draft’s preference for a typed name', () => {
    const input = draftToInput(
      draftWith({ personId: 'p1' }, { mode: 'typed', typedName: 'Hoa', preference: 'open' }),
      people,
    );
    expect(input?.b).toEqual({
      party: { kind: 'typed', name: 'Hoa' },
      preference: 'open',
      consent: 'not-asked',
      trust: 'unknown',
      benefit: 'unknown',
    });
  });
});

describe('draftFromInput', () => {
  it('gives back the same input, with descriptions from the map and the reader’s name kept', () => {
    const input = goodInput();
    const draft = draftFromInput(input, people, 'Thảo');
    expect(draft.a.description).toBe('Designer, Tiki');
    expect(draft.readerName).toBe('Thảo');
    // Lan's map preference (no) replaces the input's `open` on the way back.
    expect(draftToInput(draft, people)).toEqual({ ...input, b: { ...input.b, preference: 'no' } });
  });
});

describe('describePerson', () => {
  it('joins position and company, leaving out what is blank', () => {
    expect(describePerson(minh)).toBe('Designer, Tiki');
    expect(describePerson(lan)).toBe('');
  });
});

describe('partyName', () => {
  it('gives the map name or the typed name, and null for someone gone or unnamed', () => {
    expect(partyName({ kind: 'person', personId: 'p1' }, people)).toBe('Minh');
    expect(partyName({ kind: 'typed', name: 'Hoa' }, people)).toBe('Hoa');
    expect(partyName({ kind: 'person', personId: 'p9' }, people)).toBeNull();
    expect(
      partyName({ kind: 'person', personId: 'p3' }, [make({ id: 'p3', name: ' ' })]),
    ).toBeNull();
  });
});

describe('draftPeopleOf', () => {
  it('names each side for the drafts, falling back to the given labels', () => {
    const draft = draftWith({ personId: 'p1', description: 'a designer', viAddress: 'anh-em' }, {});
    expect(draftPeopleOf({ ...draft, readerName: 'Thảo' }, people, { a: 'A', b: 'B' })).toEqual({
      a: { name: 'Minh', description: 'a designer', viAddress: 'anh-em' },
      b: { name: 'B', description: '', viAddress: 'bạn-mình' },
      reader: 'Thảo',
    });
  });
});
