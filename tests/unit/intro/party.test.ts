import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { partyKey, partyRefSchema, sameParty } from '../../../src/lib/intro/party';

describe('partyRefSchema', () => {
  it('accepts a map person or a typed name', () => {
    expect(v.parse(partyRefSchema, { kind: 'person', personId: 'p7' })).toEqual({
      kind: 'person',
      personId: 'p7',
    });
    expect(v.parse(partyRefSchema, { kind: 'typed', name: ' Lan ' })).toEqual({
      kind: 'typed',
      name: 'Lan',
    });
  });

  it.each([
    { kind: 'person', personId: '' },
    { kind: 'person' },
    { kind: 'typed', name: '' },
    { kind: 'typed', name: 'x'.repeat(501) },
    { kind: 'typed', name: 42 },
    { personId: 'p7' },
    'p7',
    null,
  ])('rejects %j', (raw) => {
    expect(v.safeParse(partyRefSchema, raw).success).toBe(false);
  });
});

describe('partyKey', () => {
  it('keys map people by id and typed names by their folded text', () => {
    expect(partyKey({ kind: 'person', personId: 'p7' })).toBe('person:p7');
    expect(partyKey({ kind: 'typed', name: '  Nguyễn  Lan ' })).toBe('typed:nguyễn lan');
  });

  it('never confuses a typed name with a map id that looks the same', () => {
    expect(partyKey({ kind: 'typed', name: 'p7' })).not.toBe(
      partyKey({ kind: 'person', personId: 'p7' }),
    );
  });
});

describe('sameParty', () => {
  it('matches typed names regardless of case and spacing', () => {
    expect(sameParty({ kind: 'typed', name: 'Minh' }, { kind: 'typed', name: ' MINH' })).toBe(true);
    expect(sameParty({ kind: 'typed', name: 'Minh' }, { kind: 'typed', name: 'Mình' })).toBe(false);
  });
});
