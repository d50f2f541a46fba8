import { describe, expect, it } from 'vitest';
import { firstHit, indexPeople, type KeyMaps } from '../../../src/lib/network/match-index';
import { person } from '../import/helpers';

describe('firstHit', () => {
  it('prefers the profile link to the e-mail and the e-mail to name and company', () => {
    const maps: KeyMaps<string> = { url: new Map(), email: new Map(), nameCompany: new Map() };
    maps.url.set('u', 'by url');
    maps.email.set('e', 'by email');
    maps.nameCompany.set('n', 'by name');
    expect(firstHit({ url: 'u', emails: ['e'], nameCompany: 'n', name: undefined }, maps)).toEqual({
      value: 'by url',
      rule: 'profile-url',
    });
    expect(firstHit({ url: 'x', emails: ['e'], nameCompany: 'n', name: undefined }, maps)).toEqual({
      value: 'by email',
      rule: 'email',
    });
    expect(
      firstHit({ url: undefined, emails: [], nameCompany: 'n', name: undefined }, maps),
    ).toEqual({ value: 'by name', rule: 'name-company' });
    expect(
      firstHit({ url: undefined, emails: [], nameCompany: undefined, name: 'n' }, maps),
    ).toBeUndefined();
  });
});

describe('indexPeople', () => {
  it('indexes every key, every address of a multi-address field, namesakes and hidden members', () => {
    const index = indexPeople([
      person({ id: 'p1', name: 'Lan Ngo', email: 'a@x.org, b@x.org', company: 'Acme' }),
      person({ id: 'p2', name: 'Ngo Lan' }),
      person({ id: 'h1', name: '', since: '2022-06-02' }),
      person({ id: 'h2', name: '', since: '2022-06-02' }),
    ]);
    expect([...index.email.keys()]).toEqual(['a@x.org', 'b@x.org']);
    expect([...index.nameCompany.keys()]).toEqual(['lan ngo\u0000acme']);
    expect(index.name.get('lan ngo')?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(index.hidden.get('2022-06-02')?.map((p) => p.id)).toEqual(['h2', 'h1']); // h1 is popped first
  });
});
