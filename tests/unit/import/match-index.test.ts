import { describe, expect, it } from 'vitest';
import {
  contactKeys,
  emptyKeyMaps,
  firstHit,
  indexPeople,
  rememberKeys,
} from '../../../src/lib/import/match-index';
import { buildContact } from '../../../src/lib/import/build-contact';
import type { ImportedContact } from '../../../src/lib/import/imported-contact';
import { person } from './helpers';

function contact(draft: Parameters<typeof buildContact>[0]): ImportedContact {
  const built = buildContact(draft);
  if (!built.ok) throw new Error(built.reason);
  return built.contact;
}

describe('contactKeys', () => {
  it('gives every key of a named contact', () => {
    const keys = contactKeys(
      contact({
        line: 1,
        name: 'Mai Do',
        company: 'Acme Inc.',
        emails: ['Mai@X.org'],
        urls: ['https://linkedin.com/in/mai/'],
      }),
    );
    expect(keys).toEqual({
      url: 'linkedin.com/in/mai',
      emails: ['mai@x.org'],
      nameCompany: 'do mai\u0000acme',
      name: 'do mai',
    });
  });

  it('gives a company card a name-and-company key but no name for namesakes', () => {
    const keys = contactKeys(contact({ line: 1, name: '', company: 'Harbor Dental Clinic' }));
    expect(keys.nameCompany).toBe('clinic dental harbor\u0000harbor dental clinic');
    expect(keys.name).toBeUndefined();
  });

  it('gives a hidden member no key at all', () => {
    expect(contactKeys(contact({ line: 1, name: '', since: '2022-06-02' }))).toEqual({
      url: undefined,
      emails: [],
      nameCompany: undefined,
      name: undefined,
    });
  });
});

describe('firstHit', () => {
  it('prefers the profile link to the e-mail and the e-mail to name and company', () => {
    const maps = emptyKeyMaps<string>();
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

describe('rememberKeys', () => {
  it('lets the first holder of a key keep it', () => {
    const maps = emptyKeyMaps<number>();
    rememberKeys({ url: 'u', emails: ['e'], nameCompany: undefined, name: undefined }, 2, maps);
    rememberKeys({ url: 'u', emails: ['f'], nameCompany: undefined, name: undefined }, 3, maps);
    expect([...maps.url]).toEqual([['u', 2]]);
    expect([...maps.email]).toEqual([
      ['e', 2],
      ['f', 3],
    ]);
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
