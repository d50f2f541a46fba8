import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { initials, shareForColleague } from '../../../src/lib/export/consent-share';
import { networkSchema, type Network } from '../../../src/lib/network/network';
import { personSchema } from '../../../src/lib/network/person';

function sample(): Network {
  return {
    people: [
      v.parse(personSchema, {
        id: 'open',
        name: 'Lan Ngo',
        preference: 'open',
        company: 'Acme',
        email: 'lan@example.com',
        notes: 'owes me a call',
        contexts: ['workplace', 'c1'],
        knowsAbout: ['energy'],
      }),
      v.parse(personSchema, {
        id: 'ask',
        name: 'Thị Ánh Nguyễn',
        preference: 'ask',
        company: 'Sông Hồng',
        position: 'Data Scientist',
        email: 'anh@example.com',
        url: 'https://example.com/anh',
        notes: 'private',
        since: '2019',
        contexts: ['school'],
        ring: 'inner',
        trust: 5,
        knowsAbout: ['data'],
      }),
      v.parse(personSchema, { id: 'no', name: 'Do Not Share', preference: 'no', contexts: ['c2'] }),
    ],
    ties: [
      { a: 'ask', b: 'open', strength: 'strong' },
      { a: 'no', b: 'open', strength: 'weak' },
      { a: 'ask', b: 'no', strength: 'weak' },
    ],
    customContexts: [
      { id: 'c1', label: 'Running club' },
      { id: 'c2', label: 'Support group' },
    ],
    issues: ['climate'],
  };
}

describe('shareForColleague', () => {
  it('leaves out people who said no, with their ties and the contexts only they used', () => {
    const { network } = shareForColleague(sample());
    expect(network.people.map((p) => p.id)).toEqual(['open', 'ask']);
    expect(network.ties).toEqual([{ a: 'ask', b: 'open', strength: 'strong' }]);
    expect(network.customContexts).toEqual([{ id: 'c1', label: 'Running club' }]);
  });

  it('reduces people who said ask to initials and contexts', () => {
    const reduced = shareForColleague(sample()).network.people[1];
    expect(reduced).toEqual(
      v.parse(personSchema, { id: 'ask', name: 'T.Á.N.', contexts: ['school'], preference: 'ask' }),
    );
    expect(reduced?.since).toBeUndefined();
  });

  it('drops the private notes of everyone and keeps the rest of open people', () => {
    const open = shareForColleague(sample()).network.people[0];
    expect(open).toMatchObject({
      name: 'Lan Ngo',
      company: 'Acme',
      email: 'lan@example.com',
      notes: '',
      knowsAbout: ['energy'],
    });
  });

  it('summarises what was left out for the preview', () => {
    expect(shareForColleague(sample()).summary).toEqual({
      people: 3,
      shared: 1,
      reduced: 1,
      leftOut: 1,
      ties: 3,
      tiesLeftOut: 2,
      notesDropped: 2,
    });
  });

  it('returns a valid map and does not change the one given', () => {
    const original = sample();
    const copy = structuredClone(original);
    const { network } = shareForColleague(original);
    expect(original).toEqual(copy);
    expect(v.safeParse(networkSchema, network).success).toBe(true);
  });

  it('shares an empty map as an empty map', () => {
    const empty: Network = { people: [], ties: [], customContexts: [], issues: [] };
    expect(shareForColleague(empty).summary).toMatchObject({ people: 0, shared: 0, leftOut: 0 });
  });
});

describe('initials', () => {
  it('takes the first letter of every word, folding compatibility letters', () => {
    expect(initials('Thị Ánh Nguyễn')).toBe('T.Á.N.');
    expect(initials('𝐀𝐧𝐧𝐚 kowalczyk')).toBe('A.K.');
    expect(initials('Kwame Mensah 🚀')).toBe('K.M.');
    expect(initials('陽翔 佐藤')).toBe('陽.佐.');
    expect(initials('')).toBe('');
  });
});
