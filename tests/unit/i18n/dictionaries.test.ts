import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { pickStrings } from '../../../src/i18n/ui';

describe('UI dictionaries', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(
      enKeys.filter((key) => !viKeys.includes(key)),
      'keys only in English',
    ).toEqual([]);
    expect(
      viKeys.filter((key) => !enKeys.includes(key)),
      'keys only in Vietnamese',
    ).toEqual([]);
  });

  it('have no empty string in either language', () => {
    for (const dictionary of [vi, en]) {
      expect(Object.entries(dictionary).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    // The names a string fills in, once each; the text inside plural branches is not a name.
    const placeholders = (text: string) => {
      const withoutBranches = text.replace(
        /(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g,
        '',
      );
      return [...new Set([...withoutBranches.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    };
    for (const [key, text] of Object.entries(vi)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});

describe('pickStrings', () => {
  it('gives an island only the strings under its prefixes, in one language', () => {
    const picked = pickStrings('en', ['storage.unsaved.']);
    expect(Object.keys(picked).sort()).toEqual([
      'storage.unsaved.quota',
      'storage.unsaved.title',
      'storage.unsaved.unavailable',
    ]);
    expect(picked['storage.unsaved.title']).toBe(en['storage.unsaved.title']);
  });
});
