import { describe, expect, it } from 'vitest';
import { DRAFT_TEMPLATES, VI_ADDRESSES } from '../../../src/lib/intro/draft-templates';

/** Every message of a language (an interface has no index signature, hence the cast). */
const texts = (locale: 'vi' | 'en') => Object.values(DRAFT_TEMPLATES[locale]) as string[];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('DRAFT_TEMPLATES', () => {
  it('has the same messages in Vietnamese and English, none empty', () => {
    expect(Object.keys(DRAFT_TEMPLATES.vi).sort()).toEqual(Object.keys(DRAFT_TEMPLATES.en).sort());
    for (const text of [...texts('vi'), ...texts('en')]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages, apart from Vietnamese forms of address', () => {
    const addressOnly = new Set(['address', 'Address', 'addressA', 'addressB']);
    for (const key of Object.keys(DRAFT_TEMPLATES.en) as (keyof typeof DRAFT_TEMPLATES.en)[]) {
      const vi = placeholders(DRAFT_TEMPLATES.vi[key]).filter((name) => !addressOnly.has(name!));
      expect(new Set(vi)).toEqual(new Set(placeholders(DRAFT_TEMPLATES.en[key])));
    }
  });

  it('stores Vietnamese in composed Unicode (NFC), as typed on Vietnamese keyboards', () => {
    for (const text of texts('vi')) {
      expect(text).toBe(text.normalize('NFC'));
    }
    expect(VI_ADDRESSES.every((address) => address === address.normalize('NFC'))).toBe(true);
  });

  it('contains no markup', () => {
    for (const text of [...texts('vi'), ...texts('en')]) {
      expect(text).not.toMatch(/[<>&]/);
    }
  });
});
