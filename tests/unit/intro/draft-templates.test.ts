import { describe, expect, it } from 'vitest';
import { DRAFT_TEMPLATES, type DraftTemplates } from '../../../src/lib/intro/draft-templates';
import { addressPair, VI_ADDRESSES } from '../../../src/lib/intro/vi-address';

const registers: DraftTemplates[] = Object.values(DRAFT_TEMPLATES.vi);
/** Every message of every template set (an interface has no index signature, hence the cast). */
const texts = (set: DraftTemplates) => Object.values(set) as string[];
const all = [DRAFT_TEMPLATES.en, ...registers].flatMap(texts);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('DRAFT_TEMPLATES', () => {
  it('has the same messages in English and in each Vietnamese register, none empty', () => {
    for (const set of registers) {
      expect(Object.keys(set).sort()).toEqual(Object.keys(DRAFT_TEMPLATES.en).sort());
    }
    for (const text of all) expect(text.trim()).not.toBe('');
  });

  it('carries the purpose and the other person into the same messages in every language', () => {
    const content = (text: string) =>
      placeholders(text).filter(
        (name) => name === 'purpose' || name === 'other' || name === 'role',
      );
    for (const key of Object.keys(DRAFT_TEMPLATES.en) as (keyof DraftTemplates)[]) {
      for (const set of registers) {
        expect(new Set(content(set[key])), key).toEqual(new Set(content(DRAFT_TEMPLATES.en[key])));
      }
    }
  });

  it('never writes a slashed "anh/chị" and keeps "tôi" out of the warm registers', () => {
    for (const text of registers.flatMap(texts)) expect(text).not.toContain('/');
    for (const text of [DRAFT_TEMPLATES.vi.up, DRAFT_TEMPLATES.vi.level].flatMap(texts)) {
      expect(text).not.toMatch(/(^|\s)tôi[\s.,!?]/iu);
    }
    for (const text of texts(DRAFT_TEMPLATES.vi.formal))
      expect(text).not.toMatch(/(^|\s)(nhé|ạ)[\s.,!?]/u);
  });

  it('pairs each address with the pronoun the reader uses, in one register', () => {
    expect(addressPair('anh-em')).toEqual({ you: 'anh', me: 'em', register: 'up' });
    expect(addressPair('cô-cháu')).toEqual({ you: 'cô', me: 'cháu', register: 'up' });
    expect(addressPair('em-chị')).toEqual({ you: 'em', me: 'chị', register: 'level' });
    expect(addressPair('bạn-mình')).toEqual({ you: 'bạn', me: 'mình', register: 'level' });
    expect(addressPair('chị-tôi')).toEqual({ you: 'chị', me: 'tôi', register: 'formal' });
  });

  it('stores Vietnamese in composed Unicode (NFC), as typed on Vietnamese keyboards', () => {
    for (const text of registers.flatMap(texts)) expect(text).toBe(text.normalize('NFC'));
    expect(VI_ADDRESSES.every((address) => address === address.normalize('NFC'))).toBe(true);
  });

  it('contains no markup', () => {
    for (const text of all) expect(text).not.toMatch(/[<>&]/);
  });
});
