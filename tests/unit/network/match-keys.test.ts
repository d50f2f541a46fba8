import { describe, expect, it } from 'vitest';
import { emailKey, emailKeys, profileUrlKey } from '../../../src/lib/network/identity';
import { nameCompanyKey } from '../../../src/lib/network/match-keys';

describe('nameCompanyKey', () => {
  it('needs both a name and a company', () => {
    expect(nameCompanyKey('Lan Ngo', 'Acme Ltd')).toBe(nameCompanyKey('NGO Lan', 'acme'));
    expect(nameCompanyKey('Lan Ngo', '')).toBeUndefined();
  });
});

describe('emailKey', () => {
  it('trims and lower-cases addresses and rejects other text', () => {
    expect(emailKey(' Marisol.QV@Example.com ')).toBe('marisol.qv@example.com');
    expect(emailKey('mailto:A@b.c')).toBe('a@b.c');
    expect(emailKey('urn:li:member:1')).toBeUndefined();
  });
});

describe('emailKeys', () => {
  it('finds every address in a field the reader filled with several', () => {
    expect(emailKeys('a@x.org, B@y.org; junk')).toEqual(['a@x.org', 'b@y.org']);
  });
});

describe('profileUrlKey', () => {
  it('makes the same key for the spellings of one LinkedIn profile', () => {
    const key = 'linkedin.com/in/thị-ánh';
    expect(profileUrlKey('https://www.linkedin.com/in/th%E1%BB%8B-%C3%A1nh/')).toBe(key);
    expect(profileUrlKey('http://vn.linkedin.com/in/Thị-Ánh?trk=abc#x')).toBe(key);
    expect(profileUrlKey('linkedin.com/in/thị-ánh')).toBe(key);
  });

  it('gives no key for a home page, a mailto link or garbage', () => {
    expect(profileUrlKey('https://harbor-dental.example.com/')).toBeUndefined();
    expect(profileUrlKey('mailto:a@b.c')).toBeUndefined();
    expect(profileUrlKey('http://')).toBeUndefined();
    expect(profileUrlKey('')).toBeUndefined();
  });

  it('keeps a path with a malformed escape as written', () => {
    expect(profileUrlKey('https://example.com/in/%E0%A4%A')).toBe('example.com/in/%e0%a4%a');
  });
});
