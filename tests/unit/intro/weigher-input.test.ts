import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  FACTOR_IDS,
  otherSide,
  weigherInputSchema,
  weigherSideSchema,
} from '../../../src/lib/intro/weigher-input';

const person = (personId: string) => ({ party: { kind: 'person', personId } });

describe('weigherInputSchema', () => {
  it('fills every unanswered factor with "unknown" and treats the idea as the reader’s own', () => {
    const input = v.parse(weigherInputSchema, { a: person('p1'), b: person('p2') });
    expect(input).toEqual({
      a: {
        ...person('p1'),
        preference: 'ask',
        consent: 'not-asked',
        trust: 'unknown',
        benefit: 'unknown',
      },
      b: {
        ...person('p2'),
        preference: 'ask',
        consent: 'not-asked',
        trust: 'unknown',
        benefit: 'unknown',
      },
      asker: 'reader',
      purpose: '',
      sensitivity: 'unknown',
      reciprocity: 'unknown',
      bypassRisk: 'unknown',
      benefitReader: 'unknown',
      sharedContext: 'unknown',
    });
  });

  it('accepts a typed name for someone not on the map, trimmed', () => {
    const input = v.parse(weigherInputSchema, {
      a: person('p1'),
      b: { party: { kind: 'typed', name: '  Nguyễn Thị Lan ' } },
    });
    expect(input.b.party).toEqual({ kind: 'typed', name: 'Nguyễn Thị Lan' });
  });

  it('rejects introducing someone to themselves', () => {
    const result = v.safeParse(weigherInputSchema, { a: person('p1'), b: person('p1') });
    expect(result.success).toBe(false);
    const issue = result.issues?.[0];
    expect(issue && v.getDotPath(issue)).toBe('b.party');
    expect(issue?.message).toBe('cannot introduce someone to themselves');
  });

  it.each([
    ['a missing side', { a: person('p1') }],
    ['an empty typed name', { a: person('p1'), b: { party: { kind: 'typed', name: '   ' } } }],
    ['an unknown party kind', { a: person('p1'), b: { party: { kind: 'email', to: 'x' } } }],
    ['trust 0', { a: { ...person('p1'), trust: 0 }, b: person('p2') }],
    ['trust 6', { a: { ...person('p1'), trust: 6 }, b: person('p2') }],
    ['trust 3.5', { a: { ...person('p1'), trust: 3.5 }, b: person('p2') }],
    ['trust as text', { a: { ...person('p1'), trust: '4' }, b: person('p2') }],
    [
      'a preference outside open/ask/no',
      { a: { ...person('p1'), preference: 'maybe' }, b: person('p2') },
    ],
    [
      'a consent outside the four states',
      { a: { ...person('p1'), consent: 'waiting' }, b: person('p2') },
    ],
    ['an unknown sensitivity', { a: person('p1'), b: person('p2'), sensitivity: 'secret' }],
    ['an unknown asker', { a: person('p1'), b: person('p2'), asker: 'c' }],
    [
      'a purpose over 2000 characters',
      { a: person('p1'), b: person('p2'), purpose: 'x'.repeat(2001) },
    ],
    ['not an object', 'p1 and p2'],
    ['null', null],
  ])('rejects %s', (_case, raw) => {
    expect(v.safeParse(weigherInputSchema, raw).success).toBe(false);
  });
});

describe('weigherSideSchema', () => {
  it('assumes "ask first" for someone whose preference is not recorded', () => {
    expect(v.parse(weigherSideSchema, person('p1')).preference).toBe('ask');
  });
});

describe('otherSide', () => {
  it('gives B for A and A for B', () => {
    expect(otherSide('a')).toBe('b');
    expect(otherSide('b')).toBe('a');
  });
});

describe('FACTOR_IDS', () => {
  it('lists the eleven factors of the issue, each once', () => {
    expect(new Set(FACTOR_IDS).size).toBe(11);
  });
});
