import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { candidateToWeigherInput, sharedContextOf } from '../../../src/lib/intro/candidate';
import { introductionVerdict } from '../../../src/lib/intro/verdict';
import { personSchema, type PersonInput } from '../../../src/lib/network/person';

const make = (input: PersonInput) => v.parse(personSchema, input);

const minh = make({
  id: 'p1',
  name: 'Minh',
  contexts: ['workplace'],
  trust: 4,
  preference: 'open',
});
const lan = make({ id: 'p2', name: 'Lan', contexts: ['workplace', 'community'], trust: 2 });
const hoa = make({ id: 'p3', name: 'Hoa', contexts: ['school'], preference: 'no' });
const imported = make({ id: 'p4', name: 'An', contexts: ['imported'] });

describe('candidateToWeigherInput', () => {
  it('pre-fills each side from the map and leaves the rest for the reader', () => {
    const input = candidateToWeigherInput(
      { aId: 'p1', bId: 'p2', sharedTopics: ['UX', 'fundraising'] },
      [minh, lan, hoa],
    );
    expect(input).toEqual({
      a: {
        party: { kind: 'person', personId: 'p1' },
        preference: 'open',
        consent: 'not-asked',
        trust: 4,
        benefit: 'unknown',
      },
      b: {
        party: { kind: 'person', personId: 'p2' },
        // The schema default: assume "ask first" unless the reader recorded otherwise.
        preference: 'ask',
        consent: 'not-asked',
        trust: 2,
        benefit: 'unknown',
      },
      asker: 'reader',
      purpose: 'UX, fundraising',
      sensitivity: 'unknown',
      reciprocity: 'unknown',
      bypassRisk: 'unknown',
      benefitReader: 'unknown',
      // Both are in "workplace".
      sharedContext: 'yes',
    });
  });

  it('carries a "do not introduce me" into the weigher, which then says no', () => {
    const input = candidateToWeigherInput({ aId: 'p1', bId: 'p3', sharedTopics: [] }, [minh, hoa]);
    expect(input.b.preference).toBe('no');
    expect(introductionVerdict(input).verdict).toBe('do-not');
  });

  it('throws, naming itself, for a person not on the map or a pair of one', () => {
    expect(() =>
      candidateToWeigherInput({ aId: 'p1', bId: 'p9', sharedTopics: [] }, [minh]),
    ).toThrow('intro/candidateToWeigherInput: person p9 does not exist');
    expect(() =>
      candidateToWeigherInput({ aId: 'p1', bId: 'p1', sharedTopics: [] }, [minh]),
    ).toThrow('intro/candidateToWeigherInput: cannot introduce p1 to themselves');
  });
});

describe('sharedContextOf', () => {
  it('says yes for a context in common and no when both have contexts but none match', () => {
    expect(sharedContextOf(minh, lan)).toBe('yes');
    expect(sharedContextOf(minh, hoa)).toBe('no');
  });

  it('says unknown when a side has no context, or only "imported" or "other"', () => {
    const bare = make({ id: 'p5', name: 'Bảo' });
    expect(sharedContextOf(minh, bare)).toBe('unknown');
    expect(sharedContextOf(imported, make({ ...imported, id: 'p6' }))).toBe('unknown');
  });
});
