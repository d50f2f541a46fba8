import { describe, expect, it, vi } from 'vitest';
import { format } from '../../../src/lib/i18n/format';
import { translator } from '../../../src/lib/i18n/translator';

describe('format', () => {
  it('fills named placeholders', () => {
    expect(format('Chào {name}!', { name: 'Lan' })).toBe('Chào Lan!');
  });

  it('writes numbers in the locale’s style', () => {
    expect(format('{n} ký tự', { n: 12345 }, 'vi')).toBe('12.345 ký tự');
    expect(format('{n} characters', { n: 12345 }, 'en')).toBe('12,345 characters');
  });

  it('chooses the plural form for English', () => {
    const template = '{count, plural, one {# person} other {# people}}';
    expect(format(template, { count: 1 }, 'en')).toBe('1 person');
    expect(format(template, { count: 3 }, 'en')).toBe('3 people');
    expect(format(template, { count: 0 }, 'en')).toBe('0 people');
  });

  it('prefers an exact =N branch', () => {
    expect(format('{n, plural, =0 {nobody} other {# people}}', { n: 0 }, 'en')).toBe('nobody');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });

  it('does not interpret text in the values', () => {
    expect(format('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});

describe('translator', () => {
  it('shows the key itself when a string is missing so that the gap is noticed', () => {
    const t = translator<string>('en', { 'a.b': 'Hello {name}' });
    expect(t('a.b', { name: 'An' })).toBe('Hello An');
    expect(t('missing.key')).toBe('missing.key');
  });
});

describe('formatting a string that writes no number', () => {
  it('builds no Intl number format, so a page that wakes up on words alone does not pay for one', () => {
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      expect(format('Đã lưu lúc {time}', { time: '10:42' }, 'vi')).toBe('Đã lưu lúc 10:42');
      expect(format('{count, plural, other {# người}}', { count: 3 }, 'vi')).toBe('3 người');
      expect(format('{count, plural, one {# person} other {# people}}', { count: 1 }, 'en')).toBe(
        '1 person',
      );
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
